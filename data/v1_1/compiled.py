# sources-crc32: de506f95
"""The compiled form of the YAML files beside it. Generated: do not edit.

Regenerate with: python scripts/compile_data.py
"""

from coprod_standards.core.models import Criterion, Erratum, Framework, Frequency, Indicator, Migration, MigrationEntry, MigrationKind, SourceRef, Standard, SurveyMetric, SurveyPopulation, SurveyThreshold, Tier, TierDefinition

FRAMEWORK = Framework(
    id='co-production-quality-standards',
    title='Co-Production Quality Standards',
    subtitle='How are we doing?',
    version='1.1',
    introduction='This checklist provides an opportunity for organisations to review their progress and identify areas for development in line with the co-production quality standards. It simply aims to support organisations to improve and should be filled in jointly with members, service users and staff. Under each heading are some ideas of what standards should be included in that heading.',
    tiers=(
        TierDefinition(
            tier=Tier.BRONZE,
            heading='Bronze standard',
        ),
        TierDefinition(
            tier=Tier.SILVER,
            heading='Bronze standard plus Silver standard',
        ),
        TierDefinition(
            tier=Tier.GOLD,
            heading='Bronze and silver standard plus Gold standard',
        ),
    ),
    survey_metrics=(
        SurveyMetric(
            id='inclusion',
            name='Feeling included',
        ),
        SurveyMetric(
            id='communication',
            name='Effective communication',
        ),
    ),
    survey_populations=(
        SurveyPopulation(
            id='service_users',
            name='Service users',
        ),
        SurveyPopulation(
            id='staff',
            name='Staff',
        ),
    ),
    standards=(
        Standard(
            id='1',
            number=1,
            title='Equality, Inclusion and Diversity',
            prompt='How do we honour and value the person in front of us? How do we help the person feel included? Think who might walk through the door and how do I make them feel welcome? How do we tell people about what we do and how we should be doing it?',
            indicators=(
                Indicator(
                    id='1.1',
                    title='People report feeling included',
                    criteria=(
                        Criterion(
                            id='1.1.B1',
                            tier=Tier.BRONZE,
                            text='Service users are asked about how included they feel at least annually and at least 55% agree they are.',
                            source=SourceRef(
                                standard=1,
                                row=1,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                            survey=SurveyThreshold(
                                metric='inclusion',
                                populations=(
                                    'service_users',
                                ),
                                minimum_percent=55,
                            ),
                        ),
                        Criterion(
                            id='1.1.S1',
                            tier=Tier.SILVER,
                            text='70-80% of service users agree they feel included during annual satisfaction survey.',
                            source=SourceRef(
                                standard=1,
                                row=1,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                            survey=SurveyThreshold(
                                metric='inclusion',
                                populations=(
                                    'service_users',
                                ),
                                minimum_percent=70,
                                band_upper_percent=80,
                            ),
                        ),
                        Criterion(
                            id='1.1.G1',
                            tier=Tier.GOLD,
                            text='At least 90% of service user satisfaction rates for inclusion reported during annual survey.',
                            source=SourceRef(
                                standard=1,
                                row=1,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                            survey=SurveyThreshold(
                                metric='inclusion',
                                populations=(
                                    'service_users',
                                ),
                                minimum_percent=90,
                            ),
                        ),
                    ),
                ),
                Indicator(
                    id='1.2',
                    title='People are representative of the city they are from',
                    criteria=(
                        Criterion(
                            id='1.2.B1',
                            tier=Tier.BRONZE,
                            text='Service user protected characteristics routinely monitored and reported.',
                            source=SourceRef(
                                standard=1,
                                row=2,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='1.2.B2',
                            tier=Tier.BRONZE,
                            text='Staff equality data collected, monitored and reported.',
                            source=SourceRef(
                                standard=1,
                                row=2,
                                tier=Tier.BRONZE,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='1.2.S1',
                            tier=Tier.SILVER,
                            text='Service User demographic targets set and outcome monitored/reported.',
                            source=SourceRef(
                                standard=1,
                                row=2,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='1.2.S2',
                            tier=Tier.SILVER,
                            text='Targets set for staff representation and outcome monitored / reported.',
                            source=SourceRef(
                                standard=1,
                                row=2,
                                tier=Tier.SILVER,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='1.2.G1',
                            tier=Tier.GOLD,
                            text='Targets set for staff and service delivery across all characteristics in line with census.',
                            source=SourceRef(
                                standard=1,
                                row=2,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='1.2.G2',
                            tier=Tier.GOLD,
                            text='Service delivery outcomes monitored across all characteristics.',
                            source=SourceRef(
                                standard=1,
                                row=2,
                                tier=Tier.GOLD,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='1.2.G3',
                            tier=Tier.GOLD,
                            text='Relevant action plans in place.',
                            source=SourceRef(
                                standard=1,
                                row=2,
                                tier=Tier.GOLD,
                                bullet=3,
                            ),
                        ),
                    ),
                ),
                Indicator(
                    id='1.3',
                    title='People know the law, best practice and how to behave',
                    criteria=(
                        Criterion(
                            id='1.3.B1',
                            tier=Tier.BRONZE,
                            text='Equal opportunities training is offered to all staff.',
                            source=SourceRef(
                                standard=1,
                                row=3,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='1.3.B2',
                            tier=Tier.BRONZE,
                            text='Training on policies is part of induction.',
                            source=SourceRef(
                                standard=1,
                                row=3,
                                tier=Tier.BRONZE,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='1.3.S1',
                            tier=Tier.SILVER,
                            text='Equal opportunities training is mandatory for all staff.',
                            source=SourceRef(
                                standard=1,
                                row=3,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='1.3.S2',
                            tier=Tier.SILVER,
                            text='Training on policies is also mandatory.',
                            source=SourceRef(
                                standard=1,
                                row=3,
                                tier=Tier.SILVER,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='1.3.G1',
                            tier=Tier.GOLD,
                            text='Training on a range of protected characteristics is mandatory for all staff and is repeated regularly.',
                            source=SourceRef(
                                standard=1,
                                row=3,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='1.3.G2',
                            tier=Tier.GOLD,
                            text='Training on policies is mandatory.',
                            source=SourceRef(
                                standard=1,
                                row=3,
                                tier=Tier.GOLD,
                                bullet=2,
                            ),
                        ),
                    ),
                ),
                Indicator(
                    id='1.4',
                    title="People know the organisation's equal opportunities and inclusion policies",
                    criteria=(
                        Criterion(
                            id='1.4.B1',
                            tier=Tier.BRONZE,
                            text='There is a clear approved policy on inclusion and what to do in the case of bullying or harassment for staff and service users.',
                            source=SourceRef(
                                standard=1,
                                row=4,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='1.4.S1',
                            tier=Tier.SILVER,
                            text='There is a clear, approved policy framework in place and allegations of bullying and harassment are routinely monitored and reported to trustees.',
                            source=SourceRef(
                                standard=1,
                                row=4,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='1.4.G1',
                            tier=Tier.GOLD,
                            text='There is a clear policy framework in place with evidence of reviews / development including staff and service users. Allegations are monitored and reported. Lessons learned are shared.',
                            source=SourceRef(
                                standard=1,
                                row=4,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                        ),
                    ),
                ),
                Indicator(
                    id='1.5',
                    title="People's individual needs are identified and met",
                    criteria=(
                        Criterion(
                            id='1.5.B1',
                            tier=Tier.BRONZE,
                            text="Evidence people's needs are captured at entry to service.",
                            source=SourceRef(
                                standard=1,
                                row=5,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='1.5.B2',
                            tier=Tier.BRONZE,
                            text='Evidence staff ask how individual needs can be met.',
                            source=SourceRef(
                                standard=1,
                                row=5,
                                tier=Tier.BRONZE,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='1.5.S1',
                            tier=Tier.SILVER,
                            text="Evidence people's rights and responsibilities explained on entry.",
                            source=SourceRef(
                                standard=1,
                                row=5,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='1.5.S2',
                            tier=Tier.SILVER,
                            text='Evidence of a service or practice change to meet identified / reported needs.',
                            source=SourceRef(
                                standard=1,
                                row=5,
                                tier=Tier.SILVER,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='1.5.G1',
                            tier=Tier.GOLD,
                            text='Evidence of research into needs of diverse communities. e.g. census, JSNA, MHJSNA and actual change in service, policy or practice in last 6 months.',
                            source=SourceRef(
                                standard=1,
                                row=5,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                        ),
                    ),
                ),
            ),
        ),
        Standard(
            id='2',
            number=2,
            title='Safeguarding, Risk and Safety',
            prompt='How do we say “yes or no” to people in a co-productive way? How we overcome safety and risk barriers together. How we make decisions that take on board the individual’s narrative, history and current context. How do we tell people about this?',
            indicators=(
                Indicator(
                    id='2.1',
                    title='Information and governance',
                    criteria=(
                        Criterion(
                            id='2.1.B1',
                            tier=Tier.BRONZE,
                            text='Clear information provided to people about risk and safeguarding.',
                            source=SourceRef(
                                standard=2,
                                row=1,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='2.1.B2',
                            tier=Tier.BRONZE,
                            text='Up to date policies and procedures e.g. safeguarding and health and safety; available in accessible formats',
                            source=SourceRef(
                                standard=2,
                                row=1,
                                tier=Tier.BRONZE,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='2.1.B3',
                            tier=Tier.BRONZE,
                            text='Evidence that policies, support plans and risk assessments are completed with involvement with service users.',
                            source=SourceRef(
                                standard=2,
                                row=1,
                                tier=Tier.BRONZE,
                                bullet=3,
                            ),
                        ),
                        Criterion(
                            id='2.1.B4',
                            tier=Tier.BRONZE,
                            text='Given details to all of what to expect from organisations in respect of staying safe, safeguarding and risk.',
                            source=SourceRef(
                                standard=2,
                                row=1,
                                tier=Tier.BRONZE,
                                bullet=4,
                            ),
                        ),
                        Criterion(
                            id='2.1.S1',
                            tier=Tier.SILVER,
                            text='People with lived experience contribute to policies and procedures, for example anti social behaviour and assessment and support.',
                            source=SourceRef(
                                standard=2,
                                row=1,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='2.1.S2',
                            tier=Tier.SILVER,
                            text='Forum in place for service users to contribute, challenge and influence policies and procedures that are relevant to them.',
                            source=SourceRef(
                                standard=2,
                                row=1,
                                tier=Tier.SILVER,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='2.1.G1',
                            tier=Tier.GOLD,
                            text='Provide the environment for effective conversations with people to influence practice and learning.',
                            source=SourceRef(
                                standard=2,
                                row=1,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='2.1.G2',
                            tier=Tier.GOLD,
                            text='Coproducing relevant policies and procedures',
                            source=SourceRef(
                                standard=2,
                                row=1,
                                tier=Tier.GOLD,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='2.1.G3',
                            tier=Tier.GOLD,
                            text='Provide a variety of accessible options for people to contribute and lead on policy and procedural development',
                            source=SourceRef(
                                standard=2,
                                row=1,
                                tier=Tier.GOLD,
                                bullet=3,
                            ),
                        ),
                        Criterion(
                            id='2.1.G4',
                            tier=Tier.GOLD,
                            text='Work in partnership with people in all stages of policy making process: Defining the problem, generating ideas and implementing solutions.',
                            source=SourceRef(
                                standard=2,
                                row=1,
                                tier=Tier.GOLD,
                                bullet=4,
                            ),
                        ),
                    ),
                ),
                Indicator(
                    id='2.2',
                    title='Safety Plans and Risk Assessment',
                    criteria=(
                        Criterion(
                            id='2.2.B1',
                            tier=Tier.BRONZE,
                            text='Involvement in producing safety for all plans and risk assessments about own care and support, using advocacy when required.',
                            source=SourceRef(
                                standard=2,
                                row=2,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='2.2.B2',
                            tier=Tier.BRONZE,
                            text='Appropriate training in place for professionals to manage risk collaboratively.',
                            source=SourceRef(
                                standard=2,
                                row=2,
                                tier=Tier.BRONZE,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='2.2.B3',
                            tier=Tier.BRONZE,
                            text='Consideration about where meetings are held.',
                            source=SourceRef(
                                standard=2,
                                row=2,
                                tier=Tier.BRONZE,
                                bullet=3,
                            ),
                        ),
                        Criterion(
                            id='2.2.B4',
                            tier=Tier.BRONZE,
                            text='Expectation on professionals to involve and understand family/ social relationships',
                            source=SourceRef(
                                standard=2,
                                row=2,
                                tier=Tier.BRONZE,
                                bullet=4,
                            ),
                        ),
                        Criterion(
                            id='2.2.B5',
                            tier=Tier.BRONZE,
                            text='People are aware of their safety plan.',
                            source=SourceRef(
                                standard=2,
                                row=2,
                                tier=Tier.BRONZE,
                                bullet=5,
                            ),
                        ),
                        Criterion(
                            id='2.2.S1',
                            tier=Tier.SILVER,
                            text='Trusting and engaging relationships with key people to share relevant details to manage risk.',
                            source=SourceRef(
                                standard=2,
                                row=2,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='2.2.S2',
                            tier=Tier.SILVER,
                            text='Clear roles and responsibilities established in safety plans and risk assessments.',
                            source=SourceRef(
                                standard=2,
                                row=2,
                                tier=Tier.SILVER,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='2.2.S3',
                            tier=Tier.SILVER,
                            text='Risk plans are regularly reviewed and inform feedback to influence improvement.',
                            source=SourceRef(
                                standard=2,
                                row=2,
                                tier=Tier.SILVER,
                                bullet=3,
                            ),
                        ),
                        Criterion(
                            id='2.2.G1',
                            tier=Tier.GOLD,
                            text='Plans completed collaboratively taking in person’s wishes, preferences and desired outcomes: “Nothing about us, without us”.',
                            source=SourceRef(
                                standard=2,
                                row=2,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='2.2.G2',
                            tier=Tier.GOLD,
                            text='Safety Plans and Risk Assessments are strengths based taking in to consideration personal network and personal resources and strengths.',
                            source=SourceRef(
                                standard=2,
                                row=2,
                                tier=Tier.GOLD,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='2.2.G3',
                            tier=Tier.GOLD,
                            text='Shared risk assessments and safety plans manage individual and community risk and include mutual sign off, in line with relevant policies.',
                            source=SourceRef(
                                standard=2,
                                row=2,
                                tier=Tier.GOLD,
                                bullet=3,
                            ),
                        ),
                        Criterion(
                            id='2.2.G4',
                            tier=Tier.GOLD,
                            text='Appropriate training in place for service users to manage risk collaboratively',
                            source=SourceRef(
                                standard=2,
                                row=2,
                                tier=Tier.GOLD,
                                bullet=4,
                            ),
                        ),
                    ),
                ),
                Indicator(
                    id='2.3',
                    title='Positive Risk Taking',
                    criteria=(
                        Criterion(
                            id='2.3.B1',
                            tier=Tier.BRONZE,
                            text='Needs to be a personalised service considering choice as well as risk.',
                            source=SourceRef(
                                standard=2,
                                row=3,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='2.3.B2',
                            tier=Tier.BRONZE,
                            text='Service user participation is encouraged in risk planning and implementation.',
                            source=SourceRef(
                                standard=2,
                                row=3,
                                tier=Tier.BRONZE,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='2.3.B3',
                            tier=Tier.BRONZE,
                            text='Professionals understand and practice positive risk taking and identifying appropriate opportunities.',
                            source=SourceRef(
                                standard=2,
                                row=3,
                                tier=Tier.BRONZE,
                                bullet=3,
                            ),
                        ),
                        Criterion(
                            id='2.3.B4',
                            tier=Tier.BRONZE,
                            text='Being able to make reasonable adjustments to meet individual needs Could have use of advocates too.',
                            source=SourceRef(
                                standard=2,
                                row=3,
                                tier=Tier.BRONZE,
                                bullet=4,
                            ),
                        ),
                        Criterion(
                            id='2.3.S1',
                            tier=Tier.SILVER,
                            text='Professionals empower people to help one another through peer support',
                            source=SourceRef(
                                standard=2,
                                row=3,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='2.3.S2',
                            tier=Tier.SILVER,
                            text='Involvement of all relevant parties to ensure that all risks are managed safely, but allow growth for service users, considering shared responsibility.',
                            source=SourceRef(
                                standard=2,
                                row=3,
                                tier=Tier.SILVER,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='2.3.S3',
                            tier=Tier.SILVER,
                            text='Mechanisms for people on statutory orders to have choice exercised where possible.',
                            source=SourceRef(
                                standard=2,
                                row=3,
                                tier=Tier.SILVER,
                                bullet=3,
                            ),
                        ),
                        Criterion(
                            id='2.3.S4',
                            tier=Tier.SILVER,
                            text='Staff have mechanisms to support service users to explore positive risk taking, through relevant training to build a partnership approach.',
                            source=SourceRef(
                                standard=2,
                                row=3,
                                tier=Tier.SILVER,
                                bullet=4,
                            ),
                        ),
                        Criterion(
                            id='2.3.G1',
                            tier=Tier.GOLD,
                            text='All risks are considered in the context of individual strengths and lived experience.',
                            source=SourceRef(
                                standard=2,
                                row=3,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='2.3.G2',
                            tier=Tier.GOLD,
                            text='Creativity is encouraged and people work together to achieve personalised outcomes.',
                            source=SourceRef(
                                standard=2,
                                row=3,
                                tier=Tier.GOLD,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='2.3.G3',
                            tier=Tier.GOLD,
                            text='Share good practice around positive risk taking and success stories, promoting empowerment and confidence.',
                            source=SourceRef(
                                standard=2,
                                row=3,
                                tier=Tier.GOLD,
                                bullet=3,
                            ),
                        ),
                        Criterion(
                            id='2.3.G4',
                            tier=Tier.GOLD,
                            text='People have access to resources and organisational assets when contributing to design and delivery of services e.g. meeting space, money, training, equipment, time and labour of professionals',
                            source=SourceRef(
                                standard=2,
                                row=3,
                                tier=Tier.GOLD,
                                bullet=4,
                            ),
                        ),
                        Criterion(
                            id='2.3.G5',
                            tier=Tier.GOLD,
                            text='Co-produce with other organisations involved and share information.',
                            source=SourceRef(
                                standard=2,
                                row=3,
                                tier=Tier.GOLD,
                                bullet=5,
                            ),
                        ),
                    ),
                ),
                Indicator(
                    id='2.4',
                    title='Whistleblowing and raising concerns',
                    criteria=(
                        Criterion(
                            id='2.4.B1',
                            tier=Tier.BRONZE,
                            text='Complaints policy in place and all parties aware of how to raise concerns.',
                            source=SourceRef(
                                standard=2,
                                row=4,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='2.4.B2',
                            tier=Tier.BRONZE,
                            text='Whistleblowing policy in place and training and awareness provided.',
                            source=SourceRef(
                                standard=2,
                                row=4,
                                tier=Tier.BRONZE,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='2.4.B3',
                            tier=Tier.BRONZE,
                            text='Freedom to speak up in organisations to foster a transparent culture in the organisation, so that all concerned can put their views forward safely, without reprisal.',
                            source=SourceRef(
                                standard=2,
                                row=4,
                                tier=Tier.BRONZE,
                                bullet=3,
                            ),
                        ),
                        Criterion(
                            id='2.4.S1',
                            tier=Tier.SILVER,
                            text='Service users involved in monitoring complaints and supporting learning to the organisation.',
                            source=SourceRef(
                                standard=2,
                                row=4,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='2.4.G1',
                            tier=Tier.GOLD,
                            text='Professionals are held accountable in supervision and appraisals if there is no evidence of valuing citizen / service user contribution in design and delivery of services',
                            source=SourceRef(
                                standard=2,
                                row=4,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                        ),
                    ),
                ),
            ),
        ),
        Standard(
            id='3',
            number=3,
            title='Respect',
            prompt='Being non-judgemental and open-minded. Having courageous conversations. Encouraging personal responsibility. Supporting self-care. How do people know this?',
            indicators=(
                Indicator(
                    id='3.1',
                    title='People feel listened to',
                    criteria=(
                        Criterion(
                            id='3.1.B1',
                            tier=Tier.BRONZE,
                            text='Service Users are asked about how included they feel at least annually and at least 55% agree they are.',
                            source=SourceRef(
                                standard=3,
                                row=1,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                            survey=SurveyThreshold(
                                metric='inclusion',
                                populations=(
                                    'service_users',
                                ),
                                minimum_percent=55,
                            ),
                        ),
                        Criterion(
                            id='3.1.S1',
                            tier=Tier.SILVER,
                            text='70-80% of Service Users agree they feel included during annual satisfaction survey.',
                            source=SourceRef(
                                standard=3,
                                row=1,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                            survey=SurveyThreshold(
                                metric='inclusion',
                                populations=(
                                    'service_users',
                                ),
                                minimum_percent=70,
                                band_upper_percent=80,
                            ),
                        ),
                        Criterion(
                            id='3.1.G1',
                            tier=Tier.GOLD,
                            text='At least 90% of Service Users satisfaction rates for inclusion reported during annual survey.',
                            source=SourceRef(
                                standard=3,
                                row=1,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                            survey=SurveyThreshold(
                                metric='inclusion',
                                populations=(
                                    'service_users',
                                ),
                                minimum_percent=90,
                            ),
                        ),
                    ),
                ),
                Indicator(
                    id='3.2',
                    title='People know their experiences will guide the actions of organisations',
                    criteria=(
                        Criterion(
                            id='3.2.B1',
                            tier=Tier.BRONZE,
                            text='Space is regularly created for service users to talk with organisations and reflect.',
                            source=SourceRef(
                                standard=3,
                                row=2,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='3.2.S1',
                            tier=Tier.SILVER,
                            text='Access to senior managers on a structured basis.',
                            source=SourceRef(
                                standard=3,
                                row=2,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='3.2.G1',
                            tier=Tier.GOLD,
                            text='Active and meaningful participation at Board of Trustee level.',
                            source=SourceRef(
                                standard=3,
                                row=2,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                        ),
                    ),
                ),
                Indicator(
                    id='3.3',
                    title='Culture of respect',
                    criteria=(
                        Criterion(
                            id='3.3.B1',
                            tier=Tier.BRONZE,
                            text='Having explicit values and policies in place regarding respect and behaviours of staff.',
                            source=SourceRef(
                                standard=3,
                                row=3,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='3.3.S1',
                            tier=Tier.SILVER,
                            text='Staff say sorry when mistakes happen and lessons learned are shared with people.',
                            source=SourceRef(
                                standard=3,
                                row=3,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='3.3.G1',
                            tier=Tier.GOLD,
                            text='Organisations say sorry when they make mistakes and share lessons learned. Action plans are coproduced with complainants.',
                            source=SourceRef(
                                standard=3,
                                row=3,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                        ),
                    ),
                ),
                Indicator(
                    id='3.4',
                    title='Self respect is a right of all people',
                    criteria=(
                        Criterion(
                            id='3.4.B1',
                            tier=Tier.BRONZE,
                            text="Each person's story is captured and is valued.",
                            source=SourceRef(
                                standard=3,
                                row=4,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='3.4.B2',
                            tier=Tier.BRONZE,
                            text='Outcomes are self determined and aspirational',
                            source=SourceRef(
                                standard=3,
                                row=4,
                                tier=Tier.BRONZE,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='3.4.S1',
                            tier=Tier.SILVER,
                            text='Staff and service user stories are shared to inspire hope and positive change',
                            source=SourceRef(
                                standard=3,
                                row=4,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='3.4.S2',
                            tier=Tier.SILVER,
                            text='Evidence of outcomes achieved is monitored organisationally and celebrated individually',
                            source=SourceRef(
                                standard=3,
                                row=4,
                                tier=Tier.SILVER,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='3.4.G1',
                            tier=Tier.GOLD,
                            text='Organisations capture evidence of self determination e.g. happiness of staff and service users.',
                            source=SourceRef(
                                standard=3,
                                row=4,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='3.4.G2',
                            tier=Tier.GOLD,
                            text='Outcomes for people are monitored and reported annually and successes celebrated.',
                            source=SourceRef(
                                standard=3,
                                row=4,
                                tier=Tier.GOLD,
                                bullet=2,
                            ),
                        ),
                    ),
                ),
            ),
        ),
        Standard(
            id='4',
            number=4,
            title='Strengths and Expertise',
            prompt='Using strength-based approaches. Achieving Goals using strengths and expertise of wide range of partners. Recognising people as assets. Restorative and coaching conversations. How do people know?',
            indicators=(
                Indicator(
                    id='4.1',
                    title='Asset-based assessment and care planning',
                    criteria=(
                        Criterion(
                            id='4.1.B1',
                            tier=Tier.BRONZE,
                            text='Staff practice active listening / motivational interviewing techniques when co-producing assessments and care plans',
                            source=SourceRef(
                                standard=4,
                                row=1,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='4.1.B2',
                            tier=Tier.BRONZE,
                            text='Assessments and care plans are co-produced with service users as a result of asset-based conversations which identify what people can do, what they enjoy and their aspirations',
                            source=SourceRef(
                                standard=4,
                                row=1,
                                tier=Tier.BRONZE,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='4.1.B3',
                            tier=Tier.BRONZE,
                            text='Care plans aim to connect service users to reciprocal opportunities which make use of their skills, knowledge and passions.',
                            source=SourceRef(
                                standard=4,
                                row=1,
                                tier=Tier.BRONZE,
                                bullet=3,
                            ),
                        ),
                        Criterion(
                            id='4.1.S1',
                            tier=Tier.SILVER,
                            text='Service users are introduced to the principles of asset based working as part of the assessment and care planning process',
                            source=SourceRef(
                                standard=4,
                                row=1,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='4.1.S2',
                            tier=Tier.SILVER,
                            text='Assessments and care plans identify assets within the community by asking services users what has a positive impact on their health and wellbeing in the place they live',
                            source=SourceRef(
                                standard=4,
                                row=1,
                                tier=Tier.SILVER,
                                bullet=2,
                            ),
                            errata=(
                                Erratum(
                                    original='services users',
                                    correction='service users',
                                ),
                            ),
                        ),
                        Criterion(
                            id='4.1.S3',
                            tier=Tier.SILVER,
                            text='Assessments and care plans set goals around physical, mental and emotional health which are highly individual to each person',
                            source=SourceRef(
                                standard=4,
                                row=1,
                                tier=Tier.SILVER,
                                bullet=3,
                            ),
                        ),
                        Criterion(
                            id='4.1.G1',
                            tier=Tier.GOLD,
                            text='Assessments and care plans not only identify but also mobilise and connect personal and community assets in order to achieve personal goals',
                            source=SourceRef(
                                standard=4,
                                row=1,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='4.1.G2',
                            tier=Tier.GOLD,
                            text='Asset-based assessments and care plans are used as evidence to enable service development as well as to form proposals for investing in community assets shown to be successful in improving health and wellbeing',
                            source=SourceRef(
                                standard=4,
                                row=1,
                                tier=Tier.GOLD,
                                bullet=2,
                            ),
                        ),
                    ),
                ),
                Indicator(
                    id='4.2',
                    title='Learning and development',
                    criteria=(
                        Criterion(
                            id='4.2.B1',
                            tier=Tier.BRONZE,
                            text='Learning and development opportunities for staff working with individuals and communities around active listening , motivational interviewing',
                            source=SourceRef(
                                standard=4,
                                row=2,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='4.2.B2',
                            tier=Tier.BRONZE,
                            text='Staff have awareness of motivational interviewing, coaching skills and/or other asset based approaches',
                            source=SourceRef(
                                standard=4,
                                row=2,
                                tier=Tier.BRONZE,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='4.2.B3',
                            tier=Tier.BRONZE,
                            text='Staff are conscious about terminology and language used when using asset-based approaches, adopting a plain language style when working with service users and communities.',
                            source=SourceRef(
                                standard=4,
                                row=2,
                                tier=Tier.BRONZE,
                                bullet=3,
                            ),
                        ),
                        Criterion(
                            id='4.2.S1',
                            tier=Tier.SILVER,
                            text='Learning and development opportunities for staff around asset based approaches, community development, facilitation skills',
                            source=SourceRef(
                                standard=4,
                                row=2,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='4.2.S2',
                            tier=Tier.SILVER,
                            text='There are peer-support / other opportunities to support staff in the transition towards asset-based working from more traditional approaches',
                            source=SourceRef(
                                standard=4,
                                row=2,
                                tier=Tier.SILVER,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='4.2.G1',
                            tier=Tier.GOLD,
                            text='Staff are skilled at brokerage, networking and facilitation to influence a wide range of partners to adopt a collaborative / asset-based approach',
                            source=SourceRef(
                                standard=4,
                                row=2,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='4.2.G2',
                            tier=Tier.GOLD,
                            text='Staff are able to demonstrate impact of asset-based working, adopting different methods that lend themselves to subjective outcomes',
                            source=SourceRef(
                                standard=4,
                                row=2,
                                tier=Tier.GOLD,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='4.2.G3',
                            tier=Tier.GOLD,
                            text='Opportunities for staff to learn and reflect on asset-based approaches in practice',
                            source=SourceRef(
                                standard=4,
                                row=2,
                                tier=Tier.GOLD,
                                bullet=3,
                            ),
                        ),
                    ),
                ),
            ),
        ),
        Standard(
            id='5',
            number=5,
            title='Accessibility',
            prompt='Buildings. Technology. Methods used to engage. Language. Gender/culturally/other specific services. Timings. Crèche. How do people know?',
            indicators=(
                Indicator(
                    id='5.1',
                    title='Flexible and Adaptive',
                    criteria=(
                        Criterion(
                            id='5.1.B1',
                            tier=Tier.BRONZE,
                            text='Individuals are able to get involved regardless of personal circumstances.',
                            source=SourceRef(
                                standard=5,
                                row=1,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='5.1.B2',
                            tier=Tier.BRONZE,
                            text='Reasonable provision is made to accommodate anyone who wants to be involved.',
                            source=SourceRef(
                                standard=5,
                                row=1,
                                tier=Tier.BRONZE,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='5.1.B3',
                            tier=Tier.BRONZE,
                            text='People are told of the various options that are available.',
                            source=SourceRef(
                                standard=5,
                                row=1,
                                tier=Tier.BRONZE,
                                bullet=3,
                            ),
                        ),
                        Criterion(
                            id='5.1.S1',
                            tier=Tier.SILVER,
                            text='Arrangements are made together to what suits both parties best.',
                            source=SourceRef(
                                standard=5,
                                row=1,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='5.1.S2',
                            tier=Tier.SILVER,
                            text='Location and times take into consideration those who are attending.',
                            source=SourceRef(
                                standard=5,
                                row=1,
                                tier=Tier.SILVER,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='5.1.S3',
                            tier=Tier.SILVER,
                            text='Out of pocket expenses are covered by the organisation.',
                            source=SourceRef(
                                standard=5,
                                row=1,
                                tier=Tier.SILVER,
                                bullet=3,
                            ),
                        ),
                        Criterion(
                            id='5.1.S4',
                            tier=Tier.SILVER,
                            text='Efforts are made to rotate provision to different locations and times.',
                            source=SourceRef(
                                standard=5,
                                row=1,
                                tier=Tier.SILVER,
                                bullet=4,
                            ),
                        ),
                        Criterion(
                            id='5.1.G1',
                            tier=Tier.GOLD,
                            text='Arrangements and suppliers are sourced organically, working with service users to find the best provision.',
                            source=SourceRef(
                                standard=5,
                                row=1,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='5.1.G2',
                            tier=Tier.GOLD,
                            text='All times, locations and demographics are considered wholly when planning meetings/events etc. (e.g. all ages need to be taken into account).',
                            source=SourceRef(
                                standard=5,
                                row=1,
                                tier=Tier.GOLD,
                                bullet=2,
                            ),
                        ),
                    ),
                ),
                Indicator(
                    id='5.2',
                    title='Language',
                    criteria=(
                        Criterion(
                            id='5.2.B1',
                            tier=Tier.BRONZE,
                            text='A translator/interpreter is available on request when needed.',
                            source=SourceRef(
                                standard=5,
                                row=2,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='5.2.B2',
                            tier=Tier.BRONZE,
                            text='Documentation can be translated as needed.',
                            source=SourceRef(
                                standard=5,
                                row=2,
                                tier=Tier.BRONZE,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='5.2.S1',
                            tier=Tier.SILVER,
                            text='Translators/interpreters are pre-booked for meetings and events in advance.',
                            source=SourceRef(
                                standard=5,
                                row=2,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='5.2.S2',
                            tier=Tier.SILVER,
                            text='Organisations work with communities to identify language needs/gaps.',
                            source=SourceRef(
                                standard=5,
                                row=2,
                                tier=Tier.SILVER,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='5.2.S3',
                            tier=Tier.SILVER,
                            text='People volunteering and employed may bring ability to speak different languages.',
                            source=SourceRef(
                                standard=5,
                                row=2,
                                tier=Tier.SILVER,
                                bullet=3,
                            ),
                        ),
                        Criterion(
                            id='5.2.G1',
                            tier=Tier.GOLD,
                            text='Co-developed website and co-produced materials are available in a variety of languages and are easily accessed.',
                            source=SourceRef(
                                standard=5,
                                row=2,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='5.2.G2',
                            tier=Tier.GOLD,
                            text='Members of communities work with organisations to develop best means of communicating with wider community',
                            source=SourceRef(
                                standard=5,
                                row=2,
                                tier=Tier.GOLD,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='5.2.G3',
                            tier=Tier.GOLD,
                            text='Additional funding is available to outsource for languages not readily available.',
                            source=SourceRef(
                                standard=5,
                                row=2,
                                tier=Tier.GOLD,
                                bullet=3,
                            ),
                        ),
                    ),
                ),
                Indicator(
                    id='5.3',
                    title='Information provision',
                    criteria=(
                        Criterion(
                            id='5.3.B1',
                            tier=Tier.BRONZE,
                            text='Information is available in a variety of formats to cater for different needs (physical, digital etc.)',
                            source=SourceRef(
                                standard=5,
                                row=3,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='5.3.B2',
                            tier=Tier.BRONZE,
                            text='Further options made available by working with people to identify gaps.',
                            source=SourceRef(
                                standard=5,
                                row=3,
                                tier=Tier.BRONZE,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='5.3.B3',
                            tier=Tier.BRONZE,
                            text='Large print, audio, braille etc. available on request.',
                            source=SourceRef(
                                standard=5,
                                row=3,
                                tier=Tier.BRONZE,
                                bullet=3,
                            ),
                        ),
                        Criterion(
                            id='5.3.B4',
                            tier=Tier.BRONZE,
                            text='Staff know to enquire what needs people have to enable them to effectively attend.',
                            source=SourceRef(
                                standard=5,
                                row=3,
                                tier=Tier.BRONZE,
                                bullet=4,
                            ),
                        ),
                        Criterion(
                            id='5.3.B5',
                            tier=Tier.BRONZE,
                            text='People are communicated to with all the accurate and important information in a way that that person can understand.',
                            source=SourceRef(
                                standard=5,
                                row=3,
                                tier=Tier.BRONZE,
                                bullet=5,
                            ),
                        ),
                        Criterion(
                            id='5.3.B6',
                            tier=Tier.BRONZE,
                            text='Staff will check to make sure information is understood.',
                            source=SourceRef(
                                standard=5,
                                row=3,
                                tier=Tier.BRONZE,
                                bullet=6,
                            ),
                        ),
                        Criterion(
                            id='5.3.S1',
                            tier=Tier.SILVER,
                            text='Marketing and promotional materials are available in different languages.',
                            source=SourceRef(
                                standard=5,
                                row=3,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='5.3.S2',
                            tier=Tier.SILVER,
                            text='Information is provided beyond the standard ways (social media, streaming, videos etc.).',
                            source=SourceRef(
                                standard=5,
                                row=3,
                                tier=Tier.SILVER,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='5.3.S3',
                            tier=Tier.SILVER,
                            text='People are communicated with well in advance.',
                            source=SourceRef(
                                standard=5,
                                row=3,
                                tier=Tier.SILVER,
                                bullet=3,
                            ),
                        ),
                        Criterion(
                            id='5.3.S4',
                            tier=Tier.SILVER,
                            text="Provision is made to engage with people who might be 'isolated' or from harder to reach communities.",
                            source=SourceRef(
                                standard=5,
                                row=3,
                                tier=Tier.SILVER,
                                bullet=4,
                            ),
                        ),
                        Criterion(
                            id='5.3.G1',
                            tier=Tier.GOLD,
                            text="Regular communications are tailored to a person's native language.",
                            source=SourceRef(
                                standard=5,
                                row=3,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='5.3.G2',
                            tier=Tier.GOLD,
                            text='Information is provided, working collaboratively to identify the most effective way to do so.',
                            source=SourceRef(
                                standard=5,
                                row=3,
                                tier=Tier.GOLD,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='5.3.G3',
                            tier=Tier.GOLD,
                            text='Technology is used to allow better information sharing (skype, conference calls etc.).',
                            source=SourceRef(
                                standard=5,
                                row=3,
                                tier=Tier.GOLD,
                                bullet=3,
                            ),
                        ),
                    ),
                ),
                Indicator(
                    id='5.4',
                    title='Engaging',
                    criteria=(
                        Criterion(
                            id='5.4.B1',
                            tier=Tier.BRONZE,
                            text='People are made to feel welcome.',
                            source=SourceRef(
                                standard=5,
                                row=4,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='5.4.B2',
                            tier=Tier.BRONZE,
                            text="People's views and opinions are treated fairly and equally and that they have value.",
                            source=SourceRef(
                                standard=5,
                                row=4,
                                tier=Tier.BRONZE,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='5.4.B3',
                            tier=Tier.BRONZE,
                            text='People are supported and encouraged to get involved.',
                            source=SourceRef(
                                standard=5,
                                row=4,
                                tier=Tier.BRONZE,
                                bullet=3,
                            ),
                        ),
                        Criterion(
                            id='5.4.B4',
                            tier=Tier.BRONZE,
                            text='People are not left feeling stressed/overwhelmed by getting involved. They are supported throughout and are helped if they are struggling.',
                            source=SourceRef(
                                standard=5,
                                row=4,
                                tier=Tier.BRONZE,
                                bullet=4,
                            ),
                        ),
                        Criterion(
                            id='5.4.S1',
                            tier=Tier.SILVER,
                            text='People are provided with refreshments and meals (time dependent).',
                            source=SourceRef(
                                standard=5,
                                row=4,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='5.4.S2',
                            tier=Tier.SILVER,
                            text='People are paid out of pocket expenses.',
                            source=SourceRef(
                                standard=5,
                                row=4,
                                tier=Tier.SILVER,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='5.4.S3',
                            tier=Tier.SILVER,
                            text='People can still provide input, even if they are unable to contribute in person.',
                            source=SourceRef(
                                standard=5,
                                row=4,
                                tier=Tier.SILVER,
                                bullet=3,
                            ),
                        ),
                        Criterion(
                            id='5.4.S4',
                            tier=Tier.SILVER,
                            text='Methods of engagement vary to suit needs of target audience.',
                            source=SourceRef(
                                standard=5,
                                row=4,
                                tier=Tier.SILVER,
                                bullet=4,
                            ),
                        ),
                        Criterion(
                            id='5.4.S5',
                            tier=Tier.SILVER,
                            text='Service users/patients can attend focus groups/different venues to express feedback.',
                            source=SourceRef(
                                standard=5,
                                row=4,
                                tier=Tier.SILVER,
                                bullet=5,
                            ),
                        ),
                        Criterion(
                            id='5.4.G1',
                            tier=Tier.GOLD,
                            text='Alternative methods to allow people to contribute are used (live streaming etc.).',
                            source=SourceRef(
                                standard=5,
                                row=4,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='5.4.G2',
                            tier=Tier.GOLD,
                            text='There are no barriers to people getting involved.',
                            source=SourceRef(
                                standard=5,
                                row=4,
                                tier=Tier.GOLD,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='5.4.G3',
                            tier=Tier.GOLD,
                            text='People are paid for their time to be involved (where applicable).',
                            source=SourceRef(
                                standard=5,
                                row=4,
                                tier=Tier.GOLD,
                                bullet=3,
                            ),
                        ),
                    ),
                ),
                Indicator(
                    id='5.5',
                    title='Physical Access',
                    criteria=(
                        Criterion(
                            id='5.5.B1',
                            tier=Tier.BRONZE,
                            text='All buildings used are accessible by everyone.',
                            source=SourceRef(
                                standard=5,
                                row=5,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='5.5.B2',
                            tier=Tier.BRONZE,
                            text='All building used are easily reached via transportation.',
                            source=SourceRef(
                                standard=5,
                                row=5,
                                tier=Tier.BRONZE,
                                bullet=2,
                            ),
                            errata=(
                                Erratum(
                                    original='All building used',
                                    correction='All buildings used',
                                ),
                            ),
                        ),
                        Criterion(
                            id='5.5.B3',
                            tier=Tier.BRONZE,
                            text='All meeting rooms used are easily accessible to all.',
                            source=SourceRef(
                                standard=5,
                                row=5,
                                tier=Tier.BRONZE,
                                bullet=3,
                            ),
                        ),
                        Criterion(
                            id='5.5.S1',
                            tier=Tier.SILVER,
                            text='All building used are easily reached by public transportation.',
                            source=SourceRef(
                                standard=5,
                                row=5,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                            errata=(
                                Erratum(
                                    original='All building used',
                                    correction='All buildings used',
                                ),
                            ),
                        ),
                        Criterion(
                            id='5.5.S2',
                            tier=Tier.SILVER,
                            text='Meeting rooms used are comfortable.',
                            source=SourceRef(
                                standard=5,
                                row=5,
                                tier=Tier.SILVER,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='5.5.S3',
                            tier=Tier.SILVER,
                            text='Rooms/venues are changed based on feedback from people.',
                            source=SourceRef(
                                standard=5,
                                row=5,
                                tier=Tier.SILVER,
                                bullet=3,
                            ),
                        ),
                        Criterion(
                            id='5.5.S4',
                            tier=Tier.SILVER,
                            text='Meetings take place on a ground floor.',
                            source=SourceRef(
                                standard=5,
                                row=5,
                                tier=Tier.SILVER,
                                bullet=4,
                            ),
                        ),
                        Criterion(
                            id='5.5.G1',
                            tier=Tier.GOLD,
                            text='All meeting rooms used are easily navigated to.',
                            source=SourceRef(
                                standard=5,
                                row=5,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='5.5.G2',
                            tier=Tier.GOLD,
                            text='Locations used have adequate parking.',
                            source=SourceRef(
                                standard=5,
                                row=5,
                                tier=Tier.GOLD,
                                bullet=2,
                            ),
                        ),
                    ),
                ),
            ),
        ),
        Standard(
            id='6',
            number=6,
            title='Communication, transparency and being heard',
            prompt='How do people know their rights and responsibilities? How do we keep them informed? Compliments + Complaints. Giving clear reasons/rationale for decisions. Receiving timely feedback, e.g. "You Said, We Did". How do people know?',
            indicators=(
                Indicator(
                    id='6.1',
                    title='People are aware of their rights and responsibilities',
                    criteria=(
                        Criterion(
                            id='6.1.B1',
                            tier=Tier.BRONZE,
                            text='There are appropriate procedures in place to inform eg induction, line management meetings, written documents etc',
                            source=SourceRef(
                                standard=6,
                                row=1,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='6.1.S1',
                            tier=Tier.SILVER,
                            text='There are alternative methods of co produced communication including but not limited to leaflets, newsletters, social media etc.',
                            source=SourceRef(
                                standard=6,
                                row=1,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='6.1.G1',
                            tier=Tier.GOLD,
                            text='Materials and messages available in a variety of inclusive formats eg community languages, accessibility for visually impaired, BSL, plain english etc',
                            source=SourceRef(
                                standard=6,
                                row=1,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                        ),
                    ),
                ),
                Indicator(
                    id='6.2',
                    title='People report being involved in effective communication',
                    criteria=(
                        Criterion(
                            id='6.2.B1',
                            tier=Tier.BRONZE,
                            text='Service users and staff are asked annually how effective they feel communication is. 55% report satisfaction',
                            source=SourceRef(
                                standard=6,
                                row=2,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                            survey=SurveyThreshold(
                                metric='communication',
                                populations=(
                                    'service_users',
                                    'staff',
                                ),
                                minimum_percent=55,
                            ),
                        ),
                        Criterion(
                            id='6.2.S1',
                            tier=Tier.SILVER,
                            text='Rights and responsibilities developed with service users',
                            source=SourceRef(
                                standard=6,
                                row=2,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='6.2.S2',
                            tier=Tier.SILVER,
                            text='Service users and staff are asked annually how effective they feel communication is. 75%% report satisfaction',
                            source=SourceRef(
                                standard=6,
                                row=2,
                                tier=Tier.SILVER,
                                bullet=2,
                            ),
                            survey=SurveyThreshold(
                                metric='communication',
                                populations=(
                                    'service_users',
                                    'staff',
                                ),
                                minimum_percent=75,
                            ),
                            errata=(
                                Erratum(
                                    original='75%%',
                                    correction='75%',
                                ),
                            ),
                        ),
                        Criterion(
                            id='6.2.G1',
                            tier=Tier.GOLD,
                            text='Service users and staff are asked annually how effective they feel communication is. 90% report satisfaction',
                            source=SourceRef(
                                standard=6,
                                row=2,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                            survey=SurveyThreshold(
                                metric='communication',
                                populations=(
                                    'service_users',
                                    'staff',
                                ),
                                minimum_percent=90,
                            ),
                        ),
                    ),
                ),
                Indicator(
                    id='6.3',
                    title='People are able to make compliments and complaints',
                    criteria=(
                        Criterion(
                            id='6.3.B1',
                            tier=Tier.BRONZE,
                            text='There is a compliments/complaints policy/structure in place including learning policy and what happens when complaints are made',
                            source=SourceRef(
                                standard=6,
                                row=3,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='6.3.S1',
                            tier=Tier.SILVER,
                            text='The procedures are mutual and have levelled off heirachies eg not only management involved.',
                            source=SourceRef(
                                standard=6,
                                row=3,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                            errata=(
                                Erratum(
                                    original='heirachies',
                                    correction='hierarchies',
                                ),
                            ),
                        ),
                        Criterion(
                            id='6.3.S2',
                            tier=Tier.SILVER,
                            text='There may be multiple ways service users can complain so that they can use a format that is comfortable',
                            source=SourceRef(
                                standard=6,
                                row=3,
                                tier=Tier.SILVER,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='6.3.G1',
                            tier=Tier.GOLD,
                            text='Governance includes service user scrutiny',
                            source=SourceRef(
                                standard=6,
                                row=3,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='6.3.G2',
                            tier=Tier.GOLD,
                            text='Evidence lessons learnt are share',
                            source=SourceRef(
                                standard=6,
                                row=3,
                                tier=Tier.GOLD,
                                bullet=2,
                            ),
                            errata=(
                                Erratum(
                                    original='lessons learnt are share',
                                    correction='lessons learnt are shared',
                                ),
                            ),
                        ),
                    ),
                ),
            ),
        ),
        Standard(
            id='7',
            number=7,
            title='Contribution and Meaningful Participation',
            prompt="Feeling and Knowing what you've said makes a difference. Given a space to be involved. Flexibility about how you proactively engage, enabling diverse voices. Proactive listening. How do people know?",
            indicators=(
                Indicator(
                    id='7.1',
                    title='Providing more opportunities to contribute and participate in a meaningful way',
                    criteria=(
                        Criterion(
                            id='7.1.B1',
                            tier=Tier.BRONZE,
                            text='Service users, carers and staff are given opportunities to express their views e.g. through filling in surveys and attending meetings',
                            source=SourceRef(
                                standard=7,
                                row=1,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='7.1.B2',
                            tier=Tier.BRONZE,
                            text='Service users, carers and staff views may influence some decisions around policy and service delivery',
                            source=SourceRef(
                                standard=7,
                                row=1,
                                tier=Tier.BRONZE,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='7.1.B3',
                            tier=Tier.BRONZE,
                            text='Service users, carers and staff are given opportunities to speak freely about their experiences without it affecting the service they receive',
                            source=SourceRef(
                                standard=7,
                                row=1,
                                tier=Tier.BRONZE,
                                bullet=3,
                            ),
                        ),
                        Criterion(
                            id='7.1.B4',
                            tier=Tier.BRONZE,
                            text='Senior staff and managers are supportive and enabling of participatory processes and are involved in implementing solutions',
                            source=SourceRef(
                                standard=7,
                                row=1,
                                tier=Tier.BRONZE,
                                bullet=4,
                            ),
                        ),
                        Criterion(
                            id='7.1.S1',
                            tier=Tier.SILVER,
                            text='Service users, carers and staff are involved in designing services based on their experiences and ideas',
                            source=SourceRef(
                                standard=7,
                                row=1,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='7.1.S2',
                            tier=Tier.SILVER,
                            text='Ideas and experiences may influence decisions however, service users, carers and staff are not there for the whole journey from panning and development to delivery',
                            source=SourceRef(
                                standard=7,
                                row=1,
                                tier=Tier.SILVER,
                                bullet=2,
                            ),
                            errata=(
                                Erratum(
                                    original='panning',
                                    correction='planning',
                                ),
                            ),
                        ),
                        Criterion(
                            id='7.1.S3',
                            tier=Tier.SILVER,
                            text='Contributions based on culture, values, subjectivity, emotion and politics carry as much weight as facts, objectivity, reason and policy',
                            source=SourceRef(
                                standard=7,
                                row=1,
                                tier=Tier.SILVER,
                                bullet=3,
                            ),
                        ),
                        Criterion(
                            id='7.1.S4',
                            tier=Tier.SILVER,
                            text='All staff are supportive and enabling of participatory processes and are involved in implementing solutions',
                            source=SourceRef(
                                standard=7,
                                row=1,
                                tier=Tier.SILVER,
                                bullet=4,
                            ),
                        ),
                        Criterion(
                            id='7.1.G1',
                            tier=Tier.GOLD,
                            text='Service users, carers and staff are involved at all levels from planning, development and delivery of services',
                            source=SourceRef(
                                standard=7,
                                row=1,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='7.1.G2',
                            tier=Tier.GOLD,
                            text='Service users, carers and staff are invited to join the conversation at the earliest possibility before plans develop',
                            source=SourceRef(
                                standard=7,
                                row=1,
                                tier=Tier.GOLD,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='7.1.G3',
                            tier=Tier.GOLD,
                            text='Generative processes have more of a focus on developing new communities, interactions, practices and different modes of knowledge and value production and less of a focus on delivering predictable impacts and outputs',
                            source=SourceRef(
                                standard=7,
                                row=1,
                                tier=Tier.GOLD,
                                bullet=3,
                            ),
                        ),
                        Criterion(
                            id='7.1.G4',
                            tier=Tier.GOLD,
                            text='All staff and volunteers are supportive and enabling of participatory processes and are involved in implementing solutions',
                            source=SourceRef(
                                standard=7,
                                row=1,
                                tier=Tier.GOLD,
                                bullet=4,
                            ),
                        ),
                    ),
                ),
                Indicator(
                    id='7.2',
                    title='Providing more inclusive opportunities for seldom heard voices to participate',
                    criteria=(
                        Criterion(
                            id='7.2.B1',
                            tier=Tier.BRONZE,
                            text="Consideration is given to include people with different levels of knowledge and understanding of 'involvement', 'engagement' and co-production'",
                            source=SourceRef(
                                standard=7,
                                row=2,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                            errata=(
                                Erratum(
                                    original="and co-production'",
                                    correction="and 'co-production'",
                                    note="The opening quotation mark of 'co-production' is missing.",
                                ),
                            ),
                        ),
                        Criterion(
                            id='7.2.B2',
                            tier=Tier.BRONZE,
                            text="Plain language such as 'get involved' is used in place of co-production where appropriate and jargon and acronyms are avoided",
                            source=SourceRef(
                                standard=7,
                                row=2,
                                tier=Tier.BRONZE,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='7.2.B3',
                            tier=Tier.BRONZE,
                            text="Opportunities to 'get Involved' include getting help, helping others, learning, having fun, socialising",
                            source=SourceRef(
                                standard=7,
                                row=2,
                                tier=Tier.BRONZE,
                                bullet=3,
                            ),
                        ),
                        Criterion(
                            id='7.2.B4',
                            tier=Tier.BRONZE,
                            text='There are alternatives to professional style meetings which do not have pre-defined agendas, minute-taking and fast passed conversations',
                            source=SourceRef(
                                standard=7,
                                row=2,
                                tier=Tier.BRONZE,
                                bullet=4,
                            ),
                            errata=(
                                Erratum(
                                    original='fast passed',
                                    correction='fast paced',
                                ),
                            ),
                        ),
                        Criterion(
                            id='7.2.B5',
                            tier=Tier.BRONZE,
                            text='There is not predefining expectations around what can be achieved',
                            source=SourceRef(
                                standard=7,
                                row=2,
                                tier=Tier.BRONZE,
                                bullet=5,
                            ),
                        ),
                        Criterion(
                            id='7.2.S1',
                            tier=Tier.SILVER,
                            text='Good facilitation skills are practiced enabling everyone to be heard in participatory groups and conflicting priorities are managed',
                            source=SourceRef(
                                standard=7,
                                row=2,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='7.2.S2',
                            tier=Tier.SILVER,
                            text='Existing groups made up of seldom heard voices are more ready and able to respond to issues relevant to them',
                            source=SourceRef(
                                standard=7,
                                row=2,
                                tier=Tier.SILVER,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='7.2.S3',
                            tier=Tier.SILVER,
                            text='There is a recognition of each others capability and knowledge which allows for better exploration and confrontation of ideas',
                            source=SourceRef(
                                standard=7,
                                row=2,
                                tier=Tier.SILVER,
                                bullet=3,
                            ),
                        ),
                        Criterion(
                            id='7.2.S4',
                            tier=Tier.SILVER,
                            text='People with little / no understanding of co-production can be involved and participate e.g. storytelling',
                            source=SourceRef(
                                standard=7,
                                row=2,
                                tier=Tier.SILVER,
                                bullet=4,
                            ),
                        ),
                        Criterion(
                            id='7.2.S5',
                            tier=Tier.SILVER,
                            text='Professionals are able to engage in dialogues outside their traditional roles',
                            source=SourceRef(
                                standard=7,
                                row=2,
                                tier=Tier.SILVER,
                                bullet=5,
                            ),
                        ),
                        Criterion(
                            id='7.2.G1',
                            tier=Tier.GOLD,
                            text='There is a slower pace of sharing and producing knowledge, conversations are open-ended and learning is experimental',
                            source=SourceRef(
                                standard=7,
                                row=2,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='7.2.G2',
                            tier=Tier.GOLD,
                            text='There are a range of different participatory activities which facilitate connections between different people',
                            source=SourceRef(
                                standard=7,
                                row=2,
                                tier=Tier.GOLD,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='7.2.G3',
                            tier=Tier.GOLD,
                            text='Staff and volunteers are trained and committed to act on opportunities for seldom heard voices to participate as part of their everyday work',
                            source=SourceRef(
                                standard=7,
                                row=2,
                                tier=Tier.GOLD,
                                bullet=3,
                            ),
                        ),
                        Criterion(
                            id='7.2.G4',
                            tier=Tier.GOLD,
                            text='Regular monitoring is in place ensuring a diversity of groups involved and avoiding over representation of middle class / articulate / managerially experienced individuals',
                            source=SourceRef(
                                standard=7,
                                row=2,
                                tier=Tier.GOLD,
                                bullet=4,
                            ),
                        ),
                    ),
                ),
                Indicator(
                    id='7.3',
                    title='Actions have been taken to create more equitable power relations',
                    criteria=(
                        Criterion(
                            id='7.3.B1',
                            tier=Tier.BRONZE,
                            text='Attitudes of mutual recognition and respect are promoted across staff, service users and carers',
                            source=SourceRef(
                                standard=7,
                                row=3,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='7.3.B2',
                            tier=Tier.BRONZE,
                            text='There is an environment which values the gifts, capabilities and resources of individuals and communities',
                            source=SourceRef(
                                standard=7,
                                row=3,
                                tier=Tier.BRONZE,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='7.3.B3',
                            tier=Tier.BRONZE,
                            text='There is a clear message communicated to individuals about why they have been invited to take part which is not about funding or organisational agenda',
                            source=SourceRef(
                                standard=7,
                                row=3,
                                tier=Tier.BRONZE,
                                bullet=3,
                            ),
                        ),
                        Criterion(
                            id='7.3.B4',
                            tier=Tier.BRONZE,
                            text='Expectations around getting involved are discussed',
                            source=SourceRef(
                                standard=7,
                                row=3,
                                tier=Tier.BRONZE,
                                bullet=4,
                            ),
                        ),
                        Criterion(
                            id='7.3.B5',
                            tier=Tier.BRONZE,
                            text='Individuals are aware that they can say no to getting involved, but can still get involved later',
                            source=SourceRef(
                                standard=7,
                                row=3,
                                tier=Tier.BRONZE,
                                bullet=5,
                            ),
                        ),
                        Criterion(
                            id='7.3.B6',
                            tier=Tier.BRONZE,
                            text="No one person more important than anyone else – everyone's contribution is valued and support is given where required",
                            source=SourceRef(
                                standard=7,
                                row=3,
                                tier=Tier.BRONZE,
                                bullet=6,
                            ),
                        ),
                        Criterion(
                            id='7.3.S1',
                            tier=Tier.SILVER,
                            text='Service users and carers are compensated for their time e.g. financial or otherwise',
                            source=SourceRef(
                                standard=7,
                                row=3,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='7.3.S2',
                            tier=Tier.SILVER,
                            text='Staff are not expected to be the experts, make judgements or decisions in isolation',
                            source=SourceRef(
                                standard=7,
                                row=3,
                                tier=Tier.SILVER,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='7.3.S3',
                            tier=Tier.SILVER,
                            text='Consideration is given to location of meetings, transport, expenses incurred, access needs and there is a flexible approach to changing circumstances and priorities',
                            source=SourceRef(
                                standard=7,
                                row=3,
                                tier=Tier.SILVER,
                                bullet=3,
                            ),
                        ),
                        Criterion(
                            id='7.3.S4',
                            tier=Tier.SILVER,
                            text='Respect and mutual understanding goes at the speed of trust – there are no time limits',
                            source=SourceRef(
                                standard=7,
                                row=3,
                                tier=Tier.SILVER,
                                bullet=4,
                            ),
                        ),
                        Criterion(
                            id='7.3.S5',
                            tier=Tier.SILVER,
                            text='Volunteers and contributors move on to paid roles where opportunities exist',
                            source=SourceRef(
                                standard=7,
                                row=3,
                                tier=Tier.SILVER,
                                bullet=5,
                            ),
                        ),
                        Criterion(
                            id='7.3.S6',
                            tier=Tier.SILVER,
                            text='A range of hierarchical levels of staff are involved',
                            source=SourceRef(
                                standard=7,
                                row=3,
                                tier=Tier.SILVER,
                                bullet=6,
                            ),
                        ),
                        Criterion(
                            id='7.3.G1',
                            tier=Tier.GOLD,
                            text='There is fair allocation and distribution of organisational resources such as funding, space, staff labour, power time and expertise among staff, service users and carers.',
                            source=SourceRef(
                                standard=7,
                                row=3,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='7.3.G2',
                            tier=Tier.GOLD,
                            text='Funding is available for user-led projects',
                            source=SourceRef(
                                standard=7,
                                row=3,
                                tier=Tier.GOLD,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='7.3.G3',
                            tier=Tier.GOLD,
                            text='Artificial distinctions between recipients and providers of services are erased. People are encouraged to have conversations without job titles and labels',
                            source=SourceRef(
                                standard=7,
                                row=3,
                                tier=Tier.GOLD,
                                bullet=3,
                            ),
                        ),
                        Criterion(
                            id='7.3.G4',
                            tier=Tier.GOLD,
                            text='Evidence of sharing power and taking risks',
                            source=SourceRef(
                                standard=7,
                                row=3,
                                tier=Tier.GOLD,
                                bullet=4,
                            ),
                        ),
                        Criterion(
                            id='7.3.G5',
                            tier=Tier.GOLD,
                            text='Feedback loop in place to ensure that all who contribute are aware of how their involvement has made a difference',
                            source=SourceRef(
                                standard=7,
                                row=3,
                                tier=Tier.GOLD,
                                bullet=5,
                            ),
                        ),
                    ),
                ),
            ),
        ),
        Standard(
            id='8',
            number=8,
            title='Collective Leadership and Partnership Working',
            prompt='Pathways into power (recruitment, board level, quality assurance framework, access to management). A whole systems approach to power “with” peer support opportunities, empowered to ‘move-on, paid work. How do people know?',
            indicators=(
                Indicator(
                    id='8.1',
                    title='Feedback from Service Users',
                    criteria=(
                        Criterion(
                            id='8.1.B1',
                            tier=Tier.BRONZE,
                            text='There are regular opportunities for feedback from all SUs, with clearly established policies, processes and procedures to establish this.',
                            source=SourceRef(
                                standard=8,
                                row=1,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='8.1.S1',
                            tier=Tier.SILVER,
                            text='Compliments and complaints - organisations can demonstrate that they are responding appropriately to feedback. Negative feedback is not frowned on silenced and ignored, but seen in a positive light. Organisations welcome all forms of feedback, seeing this as an opportunity to learn, develop and grow. There are clear lines of engagement, accountability and responsibility. Managers and CEOs are accessible, responsive and inclusive.',
                            source=SourceRef(
                                standard=8,
                                row=1,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='8.1.G1',
                            tier=Tier.GOLD,
                            text='Well established policies, procedures and systems have been set up. SUs are consulted and involved in establishing, developing, reviewing and delivering these. New ideas and innovation are seen in a positive light. Services and organisations welcome both positive and negative feedback, seeing this as an opportunity to learn, develop and grow. A humble, inclusive attitude of learning prevails. There are clear and transparent responses to feedback, involving celebrating good practice and achievements, as well as addressing difficulties and challenges. Organisations can clearly and actively demonstrate how they are listening and have responded appropriately to feedback.',
                            source=SourceRef(
                                standard=8,
                                row=1,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                        ),
                    ),
                ),
                Indicator(
                    id='8.2',
                    title='Feedback from Staff',
                    criteria=(
                        Criterion(
                            id='8.2.B1',
                            tier=Tier.BRONZE,
                            text='There are regular opportunities for feedback from all staff, with clearly established policies, processes and procedures to establish this.',
                            source=SourceRef(
                                standard=8,
                                row=2,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='8.2.S1',
                            tier=Tier.SILVER,
                            text='Compliments and complaints - organisations can demonstrate that they are responding appropriately to feedback. Negative feedback is not frowned on silenced and ignored, but seen in a positive light. Organisations welcome all forms of feedback, seeing this as an opportunity to learn, develop and grow. There are clear lines of engagement, accountability and responsibility. Managers and CEOs are accessible, responsive and inclusive.',
                            source=SourceRef(
                                standard=8,
                                row=2,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='8.2.G1',
                            tier=Tier.GOLD,
                            text='Well established policies, procedures and systems have been set up. Staff are consulted and involved in establishing, developing, reviewing and delivering these. New ideas and innovation are seen in a positive light. Services and organisations welcome both positive and negative feedback, seeing this as an opportunity to learn, develop and grow. A humble, inclusive attitude of learning prevails. There are clear and transparent responses to feedback, involving celebrating good practice and achievements, as well as addressing difficulties and challenges. Organisations can clearly and actively demonstrate how they are listening and have responded appropriately to feedback.',
                            source=SourceRef(
                                standard=8,
                                row=2,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                        ),
                    ),
                ),
                Indicator(
                    id='8.3',
                    title='Empowerment and Involvement of Service Users and Experts by Experience (EEs), including staff',
                    criteria=(
                        Criterion(
                            id='8.3.B1',
                            tier=Tier.BRONZE,
                            text='EEs are engaged, celebrated and supported by the organisation.',
                            source=SourceRef(
                                standard=8,
                                row=3,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='8.3.S1',
                            tier=Tier.SILVER,
                            text='EEs are actively engaged in organisational improvement. This can be clearly demonstrated. EEs are present as staff members in the organisation. Stigma, prejudice, discrimination and bullying are actively challenged.',
                            source=SourceRef(
                                standard=8,
                                row=3,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='8.3.G1',
                            tier=Tier.GOLD,
                            text='EEs are actively engaged in organisational development, improvement and delivery. An inclusive, stigma-free culture prevails. Services, policies and procedures are co-produced.',
                            source=SourceRef(
                                standard=8,
                                row=3,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                        ),
                    ),
                ),
            ),
        ),
        Standard(
            id='9',
            number=9,
            title='Confidentiality',
            prompt='Engagement in confidentiality policy and any consequences. Transparent records policy that is communicated to people. Confidentiality agreement for specific activities. Robust information governance standards. How do people know?',
            indicators=(
                Indicator(
                    id='9.1',
                    title='People know their rights to confidentiality',
                    criteria=(
                        Criterion(
                            id='9.1.B1',
                            tier=Tier.BRONZE,
                            text='Every service user is involved in a conversation about their information, how it will be used and stored and how they can access their personal information.',
                            source=SourceRef(
                                standard=9,
                                row=1,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='9.1.S1',
                            tier=Tier.SILVER,
                            text='Service users have easy access to their confidential information and there is evidence of the organisation supporting them to use of it to achieve their objectives, e.g. making complaints.',
                            source=SourceRef(
                                standard=9,
                                row=1,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='9.1.G1',
                            tier=Tier.GOLD,
                            text='Service users are involved in conversations about whether to breach their confidentiality and can influence decisions, where this is appropriate.',
                            source=SourceRef(
                                standard=9,
                                row=1,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                        ),
                    ),
                ),
                Indicator(
                    id='9.2',
                    title='Service users know their obligations on confidentiality',
                    criteria=(
                        Criterion(
                            id='9.2.B1',
                            tier=Tier.BRONZE,
                            text='Service users involved in delivering organisational activities are trained in confidentiality and sign to say they will keep relevant information confidential.',
                            source=SourceRef(
                                standard=9,
                                row=2,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='9.2.S1',
                            tier=Tier.SILVER,
                            text='Service users know what the confidentiality policy says means and how to explain it to others. They sign confidentiality agreements when engaged in activities.',
                            source=SourceRef(
                                standard=9,
                                row=2,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='9.2.G1',
                            tier=Tier.GOLD,
                            text='Service users are training people on confidentiality',
                            source=SourceRef(
                                standard=9,
                                row=2,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                        ),
                    ),
                ),
                Indicator(
                    id='9.3',
                    title='Staff know their obligations regarding confidentiality',
                    criteria=(
                        Criterion(
                            id='9.3.B1',
                            tier=Tier.BRONZE,
                            text='Confidentiality and data protection is covered for all staff at induction',
                            source=SourceRef(
                                standard=9,
                                row=3,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='9.3.S1',
                            tier=Tier.SILVER,
                            text='All staff are trained in confidentiality and Data Protection principles and this is evidenced.',
                            source=SourceRef(
                                standard=9,
                                row=3,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='9.3.G1',
                            tier=Tier.GOLD,
                            text='Staff are trained to have courageous conversations with service users about confidentiality and decisions about breaching this.',
                            source=SourceRef(
                                standard=9,
                                row=3,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                        ),
                    ),
                ),
                Indicator(
                    id='9.4',
                    title='Policy Development includes people affected',
                    criteria=(
                        Criterion(
                            id='9.4.B1',
                            tier=Tier.BRONZE,
                            text="Service user feedback informs the development and review of organisations' confidentiality policies",
                            source=SourceRef(
                                standard=9,
                                row=4,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='9.4.S1',
                            tier=Tier.SILVER,
                            text='Service users are actively involved in developing and reviewing confidentiality policies.',
                            source=SourceRef(
                                standard=9,
                                row=4,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='9.4.G1',
                            tier=Tier.GOLD,
                            text='Breaches of service user confidentiality are monitored, analysed and reported to service users and decision makers who are then jointly involved in the on-going cycle of reviewing practice and policy.',
                            source=SourceRef(
                                standard=9,
                                row=4,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                        ),
                    ),
                ),
            ),
        ),
        Standard(
            id='10',
            number=10,
            title='Raising Awareness and Training Indicator',
            prompt="How we raise someone's knowledge of the co-production opportunities available. The training we give to support full involvement in coproduction. How do people know?",
            indicators=(
                Indicator(
                    id='10.1',
                    title='People are aware of what co-production is.',
                    criteria=(
                        Criterion(
                            id='10.1.B1',
                            tier=Tier.BRONZE,
                            text='Co-production is actively promoted across the organisation',
                            source=SourceRef(
                                standard=10,
                                row=1,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='10.1.S1',
                            tier=Tier.SILVER,
                            text='People across the organisation - to include staff, volunteers and service users, are able to articulate the meaning of co-production.',
                            source=SourceRef(
                                standard=10,
                                row=1,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='10.1.G1',
                            tier=Tier.GOLD,
                            text='All core business is routinely co-produced.',
                            source=SourceRef(
                                standard=10,
                                row=1,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                        ),
                    ),
                ),
                Indicator(
                    id='10.2',
                    title='Training to gain skills and knowledge for co-production',
                    criteria=(
                        Criterion(
                            id='10.2.B1',
                            tier=Tier.BRONZE,
                            text='A training plan is in place',
                            source=SourceRef(
                                standard=10,
                                row=2,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='10.2.S1',
                            tier=Tier.SILVER,
                            text='Evidence of a co-produced training plan.',
                            source=SourceRef(
                                standard=10,
                                row=2,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='10.2.S2',
                            tier=Tier.SILVER,
                            text='Not "one size fits all". Training is made available in different formats, to reflect diverse learning needs.',
                            source=SourceRef(
                                standard=10,
                                row=2,
                                tier=Tier.SILVER,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='10.2.G1',
                            tier=Tier.GOLD,
                            text='Training is accessed by all staff and a cross section of volunteers and service users who are active within the organisation.',
                            source=SourceRef(
                                standard=10,
                                row=2,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='10.2.G2',
                            tier=Tier.GOLD,
                            text='Training is made available for new people across the organisation.',
                            source=SourceRef(
                                standard=10,
                                row=2,
                                tier=Tier.GOLD,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='10.2.G3',
                            tier=Tier.GOLD,
                            text='People are able to articulate why they have been involved and the impact of their involvement.',
                            source=SourceRef(
                                standard=10,
                                row=2,
                                tier=Tier.GOLD,
                                bullet=3,
                            ),
                        ),
                    ),
                ),
                Indicator(
                    id='10.3',
                    title='Good quality training and continuous improvement',
                    criteria=(
                        Criterion(
                            id='10.3.B1',
                            tier=Tier.BRONZE,
                            text='All training is evaluated and feedback is encouraged.',
                            source=SourceRef(
                                standard=10,
                                row=3,
                                tier=Tier.BRONZE,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='10.3.S1',
                            tier=Tier.SILVER,
                            text='Representation from seldom heard groups, and appropriate support has been made available for inclusivity.',
                            source=SourceRef(
                                standard=10,
                                row=3,
                                tier=Tier.SILVER,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='10.3.S2',
                            tier=Tier.SILVER,
                            text="Activities are matched with people's skill sets/interests.",
                            source=SourceRef(
                                standard=10,
                                row=3,
                                tier=Tier.SILVER,
                                bullet=2,
                            ),
                        ),
                        Criterion(
                            id='10.3.S3',
                            tier=Tier.SILVER,
                            text='Evidence that suggestions for improvement are being met.',
                            source=SourceRef(
                                standard=10,
                                row=3,
                                tier=Tier.SILVER,
                                bullet=3,
                            ),
                        ),
                        Criterion(
                            id='10.3.G1',
                            tier=Tier.GOLD,
                            text='Training is being led/co-led by service-users.',
                            source=SourceRef(
                                standard=10,
                                row=3,
                                tier=Tier.GOLD,
                                bullet=1,
                            ),
                        ),
                        Criterion(
                            id='10.3.G2',
                            tier=Tier.GOLD,
                            text='Good practice is shared wider.',
                            source=SourceRef(
                                standard=10,
                                row=3,
                                tier=Tier.GOLD,
                                bullet=2,
                            ),
                        ),
                    ),
                ),
            ),
            errata=(
                Erratum(
                    original='Training Indicator',
                    correction='Training',
                    note="Only this standard's heading ends with 'Indicator'; the word looks like a leftover of the table's 'Quality indicator' column.",
                ),
            ),
        ),
    ),
)
