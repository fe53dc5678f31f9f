// The offline form's evaluator: the library's rules, in JavaScript, for the tier reached so far.
//
// It follows `coprod_standards.core.engine` and `coprod_standards.core._surveys`
// step by step, with exact arithmetic (BigInt fractions, never floating point),
// under any `Policy`; the browser tests hold it to the golden fixtures'
// expected results and to the library's own evaluation of every example.
const CoprodEvaluator = (() => {
  "use strict";
  const TIERS = ["bronze", "silver", "gold"];
  const SEVERITY = ["not_met", "insufficient_data", "out_of_date", "unanswered"];
  const DEFAULT_POLICY = {
    band: "at_least", populations: "each", minimum_respondents: 10,
    max_survey_age_months: 12, consensus: "all", roll_up: "weakest_link",
  };

  // A decimal such as 54.5 or 1e-3 as an exact fraction [numerator, denominator].
  function decimal(value) {
    const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(String(value).trim());
    if (!match || (match[2] + (match[3] || "")) === "") return null;
    const fraction = match[3] || "";
    const exponent = (match[4] ? parseInt(match[4], 10) : 0) - fraction.length;
    let numerator = BigInt(match[2] + fraction);
    let denominator = 1n;
    if (exponent >= 0) numerator *= 10n ** BigInt(exponent);
    else denominator = 10n ** BigInt(-exponent);
    return [match[1] === "-" ? -numerator : numerator, denominator];
  }

  // How many agreed, exactly: the count, or percent_agree of the respondents.
  function agreeing(survey) {
    if (survey.agree !== undefined && survey.agree !== null) return [BigInt(survey.agree), 1n];
    const percent = decimal(survey.percent_agree);
    return [percent[0] * BigInt(survey.respondents), percent[1] * 100n];
  }

  function add(a, b) { return [a[0] * b[1] + b[0] * a[1], a[1] * b[1]]; }

  function daysInMonth(year, month) {  // month 1-12
    if (month === 2) return (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
    return [4, 6, 9, 11].includes(month) ? 30 : 31;
  }

  function pad(number, width) { return String(number).padStart(width, "0"); }

  // The date *months* calendar months before *day*; a day the month lacks becomes its last.
  function monthsBefore(day, months) {
    const [year, month, date] = day.split("-").map(Number);
    const total = year * 12 + month - 1 - months;
    const newYear = Math.floor(total / 12);
    const newMonth = total - newYear * 12 + 1;
    if (newYear < 1) return "0001-01-01";
    const newDate = Math.min(date, daysInMonth(newYear, newMonth));
    return `${pad(newYear, 4)}-${pad(newMonth, 2)}-${pad(newDate, 2)}`;
  }

  function worse(current, outcome) {
    if (outcome === "met") return current;
    if (current === "met" || SEVERITY.indexOf(outcome) < SEVERITY.indexOf(current)) return outcome;
    return current;
  }

  // Met, not met or insufficient data: *agree* (a fraction) of *respondents*.
  function verdict(threshold, agree, respondents, policy) {
    if (respondents < policy.minimum_respondents) return "insufficient_data";
    const total = BigInt(respondents);
    if (agree[0] * 100n < BigInt(threshold.minimum_percent) * total * agree[1]) return "not_met";
    const upper = threshold.band_upper_percent;
    if (policy.band === "strict" && upper !== null && upper !== undefined
        && agree[0] * 100n > BigInt(upper) * total * agree[1]) return "not_met";
    return "met";
  }

  function indexSurveys(surveys) {
    const index = new Map();
    for (const survey of surveys) {
      const key = survey.metric + "\u0000" + survey.population;
      if (!index.has(key)) index.set(key, []);
      index.get(key).push(survey);
    }
    for (const responses of index.values()) {
      responses.sort((a, b) => (a.conducted_on < b.conducted_on ? 1 : a.conducted_on > b.conducted_on ? -1 : 0));
    }
    return index;
  }

  function decide(threshold, index, oldest, policy) {
    const pooled = policy.populations === "pooled" && threshold.populations.length > 1;
    let result = "met";
    let agree = [0n, 1n];
    let respondents = 0;
    for (const population of threshold.populations) {
      const responses = index.get(threshold.metric + "\u0000" + population);
      if (!responses || responses.length === 0) { result = worse(result, "unanswered"); continue; }
      const latest = responses[0];
      if (latest.conducted_on < oldest) result = worse(result, "out_of_date");
      else if (pooled) { agree = add(agree, agreeing(latest)); respondents += latest.respondents; }
      else result = worse(result, verdict(threshold, agreeing(latest), latest.respondents, policy));
    }
    if (pooled && result === "met") result = verdict(threshold, agree, respondents, policy);
    return result;
  }

  function answerOf(value) {
    if (value === null || value === undefined) return {};
    if (typeof value === "string") return { status: value };
    return value;
  }

  function byViews(views, policy) {
    const given = Object.values(views || {});
    if (given.length === 0) return "unanswered";
    const met = given.filter((view) => view === "met").length;
    if (policy.consensus === "all") return met === given.length ? "met" : "not_met";
    return met * 2 > given.length ? "met" : "not_met";
  }

  function lowerMedian(ranks) {
    const sorted = [...ranks].sort((a, b) => a - b);
    return sorted[Math.floor((sorted.length - 1) / 2)];
  }

  // The outcome of every criterion, the tier of every indicator and standard, and overall.
  function evaluate(framework, assessment, givenPolicy) {
    const policy = Object.assign({}, DEFAULT_POLICY, givenPolicy || {});
    const criteria = assessment.criteria || {};
    const surveys = (assessment.surveys || []).filter(
      (survey) => survey && survey.conducted_on && Number.isInteger(survey.respondents)
        && (Number.isInteger(survey.agree) || decimal(survey.percent_agree) !== null));
    const index = indexSurveys(surveys);
    const oldest = monthsBefore(assessment.assessed_on, policy.max_survey_age_months);
    const rollUp = policy.roll_up === "lower_median" ? lowerMedian : (ranks) => Math.min(...ranks);
    const result = { criteria: {}, indicators: {}, standards: {}, overall: null };
    const standardRanks = [];
    for (const standard of framework.standards) {
      const ranks = [];
      for (const indicator of standard.indicators) {
        const unmet = [false, false, false];
        for (const criterion of indicator.criteria) {
          let outcome;
          if (criterion.survey) outcome = decide(criterion.survey, index, oldest, policy);
          else {
            const answer = answerOf(criteria[criterion.id]);
            outcome = answer.status ? answer.status : byViews(answer.views, policy);
          }
          result.criteria[criterion.id] = outcome;
          if (outcome !== "met" && outcome !== "not_applicable") {
            unmet[TIERS.indexOf(criterion.tier)] = true;
          }
        }
        const rank = unmet[0] ? -1 : unmet[1] ? 0 : unmet[2] ? 1 : 2;
        ranks.push(rank);
        result.indicators[indicator.id] = rank < 0 ? null : TIERS[rank];
      }
      const rank = rollUp(ranks);
      standardRanks.push(rank);
      result.standards[standard.id] = rank < 0 ? null : TIERS[rank];
    }
    const overall = rollUp(standardRanks);
    result.overall = overall < 0 ? null : TIERS[overall];
    return result;
  }

  return { evaluate, monthsBefore, decimal, DEFAULT_POLICY };
})();
