// The offline form's page, in JavaScript: the controls for every criterion, built from the framework.
//
// `PAGE_JS` builds the form's elements with ``createElement`` and
// ``textContent`` only: every text, the standards' and the assessment's, is
// text, never markup, so that nothing in an opened file can run.
const CoprodPage = (() => {
  "use strict";
  // An element with attributes and children (text children become text nodes).
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === true) node.setAttribute(name, "");
      else if (value !== false && value !== null && value !== undefined) node.setAttribute(name, String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }

  // A field: label, optional hint, the control, and the message that names its problem.
  function field(id, label, control, hint) {
    const hintId = hint ? `${id}-hint` : null;
    const errorId = `${id}-error`;
    control.id = id;
    control.setAttribute("aria-describedby", [hintId, errorId].filter(Boolean).join(" "));
    return el("div", { class: "field" },
      el("label", { for: id }, label),
      hint ? el("p", { class: "hint", id: hintId }, hint) : null,
      control,
      el("p", { class: "error", id: errorId, "aria-live": "polite" }));
  }

  function choices(name, legend, options, describedBy) {
    return el("fieldset", { class: "choices", "aria-describedby": describedBy },
      el("legend", {}, legend),
      options.map(([value, label]) => {
        const id = `${name}-${value || "none"}`;
        return el("div", { class: value ? "choice" : "choice unanswered" },
          el("input", { type: "radio", name, id, value }),
          el("label", { for: id }, el("span", { class: "box", "aria-hidden": "true" }, "☐"), " ", label));
      }));
  }

  function thresholdText(framework, survey) {
    const people = survey.populations.map((p) => p.replace(/_/g, " ")).join(" and ");
    const band = survey.band_upper_percent === null ? "" : ` (the published band is ${survey.minimum_percent}-${survey.band_upper_percent}%)`;
    return `Decided by the surveys below: at least ${survey.minimum_percent}% of ${people} must agree about ${survey.metric}${band}.`;
  }

  function criterion(framework, item) {
    const labels = framework.labels;
    const id = item.id;
    const tier = labels.tiers[item.tier];
    const heading = el("p", { class: "criterion-text", id: `c-${id}-text` },
      el("span", { class: "criterion-id" }, id), " ", el("span", { class: "tier-word" }, `(${tier})`), " ", item.text);
    if (item.survey) {
      return el("div", { class: "criterion survey-criterion", id: `c-${id}` }, heading,
        el("p", { class: "hint" }, thresholdText(framework, item.survey)),
        el("p", { class: "outcome", id: `c-${id}-outcome` }));
    }
    const statuses = [["met", labels.outcomes.met], ["not_met", labels.outcomes.not_met],
      ["not_applicable", labels.outcomes.not_applicable], ["", "Not answered yet"]];
    return el("div", { class: "criterion", id: `c-${id}` }, heading,
      choices(`c-${id}-status`, `Answer to ${id}`, statuses, `c-${id}-text c-${id}-status-error`),
      el("p", { class: "error", id: `c-${id}-status-error`, "aria-live": "polite" }),
      el("div", { class: "reason", id: `c-${id}-reason-box` },
        field(`c-${id}-reason`, `${labels.reason} ${id} does not apply (required for not applicable)`, el("textarea", { rows: 2 }))),
      el("div", { class: "notes" },
        field(`c-${id}-evidence`, `${labels.evidence} for ${id}`, el("input", { type: "text" })),
        field(`c-${id}-comment`, `${labels.comment} on ${id}`, el("textarea", { rows: 2 }))),
      el("div", { class: "views", id: `c-${id}-views` }),
      el("p", { class: "outcome", id: `c-${id}-outcome` }));
  }

  // One group's view of a criterion: a select of no view, met or not met.
  function view(framework, id, group) {
    const select = el("select", { "data-group": group },
      el("option", { value: "" }, "No view"),
      el("option", { value: "met" }, framework.labels.outcomes.met),
      el("option", { value: "not_met" }, framework.labels.outcomes.not_met));
    return field(`c-${id}-view-${group}`, `View of ${group.replace(/_/g, " ")} on ${id}`, select);
  }

  function indicator(framework, item) {
    return el("fieldset", { class: "indicator", id: `i-${item.id}` },
      el("legend", {}, `${item.id} ${item.title}`),
      el("p", { class: "tier-reached", id: `i-${item.id}-tier`, "aria-live": "polite" }),
      item.criteria.map((c) => criterion(framework, c)),
      field(`i-${item.id}-note`, `Examples, comments and ${framework.labels.areas.toLowerCase()} for ${item.id}`,
        el("textarea", { rows: 2 })));
  }

  function standard(framework, item) {
    return el("section", { class: "standard", id: `s-${item.id}`, "aria-labelledby": `s-${item.id}-title` },
      el("h2", { id: `s-${item.id}-title` }, `${item.id}. ${item.title}`),
      el("p", { class: "prompt" }, item.prompt),
      el("div", { class: "progress" },
        el("label", { for: `s-${item.id}-progress` }, `Criteria answered in standard ${item.id}`),
        el("progress", { id: `s-${item.id}-progress`, max: 1, value: 0 }),
        el("p", { id: `s-${item.id}-progress-text` })),
      item.indicators.map((i) => indicator(framework, i)));
  }

  function about() {
    return el("section", { id: "about", "aria-labelledby": "about-title" },
      el("h2", { id: "about-title" }, "About this assessment"),
      field("organisation", "Organisation", el("input", { type: "text", autocomplete: "organization" })),
      field("service", "Service", el("input", { type: "text" }), "Where each service is assessed on its own: which one this is. Leave it empty for the whole organisation."),
      field("organisation-id", "Organisation identifier", el("input", { type: "text", spellcheck: "false" }),
        "Optional, so that services roll up to their organisation: an org-id such as GB-CHC-1234567 or an NHS ODS code such as RR8."),
      field("assessed-on", "Date of the assessment (required)", el("input", { type: "date", required: true }), "The day you met to fill it in; surveys must have closed by then."),
      field("completed-by", "Groups who took part", el("input", { type: "text" }),
        "Lower-case words joined by underscores, separated by commas, such as: staff, service_users, members. Each group listed can give its own view of any criterion."));
  }

  function surveys() {
    return el("section", { id: "surveys", "aria-labelledby": "surveys-title" },
      el("h2", { id: "surveys-title" }, "Surveys"),
      el("p", {}, "Criteria about how people feel are decided by surveys. Record each survey's result: who was asked, about what, how many answered, how many agreed (or the percentage agreeing) and when it closed."),
      el("div", { id: "survey-list" }),
      el("button", { type: "button", id: "add-survey" }, "Add a survey"));
  }

  // One survey's row: every control labelled, a remove button naming the survey.
  function surveyRow(framework, index) {
    const p = `survey-${index}`;
    const options = (items) => items.map((item) => el("option", { value: item.id }, item.name));
    return el("fieldset", { class: "survey", id: p },
      el("legend", {}, `Survey ${index + 1}`),
      field(`${p}-metric`, "About", el("select", {}, options(framework.metrics))),
      field(`${p}-population`, "Who was asked", el("select", {}, options(framework.populations))),
      field(`${p}-respondents`, "How many answered", el("input", { type: "text", inputmode: "numeric" })),
      choices(`${p}-kind`, "How agreement is recorded", [["agree", "A count of people who agreed"], ["percent_agree", "A percentage agreeing"]]),
      field(`${p}-value`, "Agreed (a count, or a percentage from 0 to 100)", el("input", { type: "text", inputmode: "decimal" })),
      field(`${p}-conducted-on`, "Closed on", el("input", { type: "date" })),
      el("button", { type: "button", class: "remove-survey", "data-index": index }, `Remove survey ${index + 1}`));
  }

  function toolbar() {
    return el("div", { class: "toolbar", role: "group", "aria-label": "Files" },
      el("button", { type: "button", id: "save" }, "Save assessment"),
      el("label", { class: "button" }, "Open a saved assessment (JSON or YAML)",
        el("input", { type: "file", id: "open", accept: ".json,.yaml,.yml,application/json" })),
      el("button", { type: "button", id: "print" }, "Print a paper checklist"),
      el("button", { type: "button", id: "clear" }, "Start again"),
      el("p", { id: "status", role: "status", "aria-live": "polite" }));
  }

  function build(framework, root) {
    const contents = el("nav", { "aria-label": "Standards" }, el("h2", {}, "Contents"),
      el("ol", {}, framework.standards.map((s) => el("li", {}, el("a", { href: `#s-${s.id}` }, `${s.id}. ${s.title}`))),
        el("li", {}, el("a", { href: "#surveys" }, "Surveys"))));
    const summary = el("section", { id: "summary", "aria-labelledby": "summary-title" },
      el("h2", { id: "summary-title" }, "Tier reached so far"),
      el("p", { id: "overall", "aria-live": "polite" }),
      el("p", { class: "hint" }, "Worked out as the library does, under its default rules: a criterion not answered counts as not met."),
      el("ul", { id: "standard-tiers" }, framework.standards.map((s) => el("li", {},
        el("a", { href: `#s-${s.id}` }, `${s.id}. ${s.title}`), el("span", { id: `s-${s.id}-summary` })))));
    root.append(
      el("header", {}, el("h1", {}, `${framework.title}: ${framework.subtitle} V${framework.version}`),
        el("p", {}, framework.introduction),
        el("p", { class: "screen-only" }, "Your answers are kept in this browser as you type. Save the assessment to keep it as a file, to share it or to evaluate it with coprod-standards.")),
      toolbar(), el("main", {}, about(), summary, contents,
        framework.standards.map((s) => standard(framework, s)), surveys()));
  }

  return { build, el, view, surveyRow };
})();
