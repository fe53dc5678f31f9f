// The offline form's display, in JavaScript: filling the controls, showing problems and tiers.
//
// `UI_JS` defines ``CoprodUi``: it builds the page (with ``CoprodPage``), puts
// the state's values into the controls, shows each problem beside its field,
// the tier reached so far and the progress of each standard, and passes every
// change on to the form's state.
function CoprodUi(framework, model) {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const { el } = CoprodPage;
  const labels = framework.labels;
  const criteria = framework.standards.flatMap((s) => s.indicators.flatMap((i) => i.criteria));
  const answered = criteria.filter((c) => !c.survey);
  const tierWord = (tier) => (tier ? labels.tiers[tier] : labels.no_tier);
  // Text changed only where it differs, so that live regions announce only what changed.
  const setText = (node, text) => { if (node.textContent !== text) node.textContent = text; };
  let shownGroups = null;
  CoprodPage.build(framework, $("form-root"));

  function answerOf(id) {
    const answers = model.get().answers;
    if (!answers[id]) answers[id] = {};
    return answers[id];
  }

  function groups() {
    const state = model.get();
    const names = state.groups.split(",").map((g) => g.trim()).filter((g) => /^[a-z][a-z0-9_]*$/.test(g));
    for (const answer of Object.values(state.answers)) for (const g of Object.keys(answer.views || {})) if (!names.includes(g)) names.push(g);
    return names;
  }

  // A criterion's groups' views, built when first unfolded: most criteria never need them.
  function unfoldViews(details) {
    if (details.querySelector("fieldset")) return;
    const id = details.parentNode.id.replace(/^c-/, "").replace(/-views$/, "");
    details.append(el("fieldset", { class: "group-views" },
      el("legend", {}, `Views of ${id} (an agreed answer above wins over them)`),
      shownGroups.map((g) => CoprodPage.view(framework, id, g))));
    const views = (model.get().answers[id] || {}).views || {};
    for (const g of shownGroups) $(`c-${id}-view-${g}`).value = views[g] || "";
  }

  function renderViews() {
    const names = groups();
    if (shownGroups !== null && names.join() === shownGroups.join()) return;
    shownGroups = names;
    for (const c of answered) {
      const box = $(`c-${c.id}-views`);
      box.replaceChildren();
      if (!names.length) continue;
      const given = Object.keys((model.get().answers[c.id] || {}).views || {}).length > 0;
      const details = el("details", { open: given },
        el("summary", {}, `Each group's view of ${c.id}, where groups differ`));
      box.append(details);
      if (given) unfoldViews(details);
    }
  }

  function renderSurveys() {
    const list = $("survey-list");
    list.replaceChildren();
    model.get().surveys.forEach((row, index) => {
      list.append(CoprodPage.surveyRow(framework, index));
      const p = `survey-${index}`;
      $(`${p}-metric`).value = row.metric;
      $(`${p}-population`).value = row.population;
      $(`${p}-respondents`).value = row.respondents;
      $(`${p}-kind-${row.kind}`).checked = true;
      $(`${p}-value`).value = row.value;
      $(`${p}-conducted-on`).value = row.conducted_on;
    });
    tickBoxes(list.querySelectorAll("input[type=radio]"));
  }

  function fill() {
    const state = model.get();
    $("organisation").value = state.organisation;
    $("service").value = state.service || "";
    $("organisation-id").value = state.organisation_id || "";
    $("assessed-on").value = state.assessed_on;
    $("completed-by").value = state.groups;
    for (const c of answered) {
      const answer = state.answers[c.id] || {};
      $(`c-${c.id}-status-${answer.status || "none"}`).checked = true;
      for (const key of ["reason", "evidence", "comment"]) {
        // A list of evidence items is shown by its titles and kept as it is: the file edits it.
        const input = $(`c-${c.id}-${key}`);
        const items = Array.isArray(answer[key]);
        input.value = items ? answer[key].map((item) => item.title).join("; ") : answer[key] || "";
        input.readOnly = items;
        input.title = items ? labels.evidence_items : "";
      }
    }
    for (const s of framework.standards) for (const i of s.indicators) $(`i-${i.id}-note`).value = state.notes[i.id] || "";
    shownGroups = null;
    renderViews();
    renderSurveys();
    tickBoxes(document.querySelectorAll("input[type=radio]"));
  }

  // Only the fields whose problem appeared, changed or went are touched: the page is large.
  let shownProblems = new Map();
  function showProblems(problems) {
    for (const id of new Set([...shownProblems.keys(), ...problems.keys()])) {
      const text = problems.get(id) || "";
      const message = $(`${id}-error`);
      if (message) setText(message, text);
      const control = $(id);
      if (control && control.matches("input, select, textarea")) {
        if (text) control.setAttribute("aria-invalid", "true");
        else control.removeAttribute("aria-invalid");
      }
    }
    shownProblems = problems;
  }

  // The boxes that show a printed answer: ticked where the radio button is chosen.
  function tickBoxes(radios) {
    for (const radio of radios) setText(radio.parentNode.querySelector(".box"), radio.checked ? "☒" : "☐");
  }

  function outcomeText(c, outcome) {
    const answer = model.get().answers[c.id] || {};
    if (answer.previous && !answer.status && !Object.keys(answer.views || {}).length) {
      return `Needs confirming: answered ${labels.outcomes[answer.previous.status] || "without a status"} under version ${answer.previous.version}; counts as not answered until it is answered again.`;
    }
    const views = Object.keys(answer.views || {}).length && !answer.status ? " (decided by the groups' views: every group must say met)" : "";
    return `Counts as: ${labels.outcomes[outcome]}${views}.`;
  }

  function refresh() {
    const state = model.get();
    const problems = model.problemsOf(state);
    renderViews();
    showProblems(problems);
    for (const c of answered) {
      const answer = state.answers[c.id] || {};
      const box = $(`c-${c.id}-reason-box`);
      const hidden = !(answer.status === "not_applicable" || answer.reason);
      if (box.hidden !== hidden) box.hidden = hidden;
    }
    // The tier so far, from what is valid: a survey row with a problem is left out.
    const data = model.toData({ ...state, surveys: state.surveys.filter((row, index) => ![...problems.keys()].some((key) => key.startsWith(`survey-${index}-`))) });
    if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(data.assessed_on)) data.assessed_on = "0001-01-01";
    const result = CoprodEvaluator.evaluate(framework, data);
    for (const c of criteria) setText($(`c-${c.id}-outcome`), outcomeText(c, result.criteria[c.id]));
    for (const s of framework.standards) {
      for (const i of s.indicators) setText($(`i-${i.id}-tier`), `Tier reached so far: ${tierWord(result.indicators[i.id])}`);
      const own = answered.filter((c) => c.id.split(".")[0] === s.id);
      const done = own.filter((c) => { const a = state.answers[c.id] || {}; return a.status || Object.keys(a.views || {}).length; }).length;
      const progress = $(`s-${s.id}-progress`);
      if (progress.max !== own.length) progress.max = own.length;
      if (progress.value !== done) progress.value = done;
      const text = `${done} of ${own.length} criteria answered; tier reached so far: ${tierWord(result.standards[s.id])}.`;
      setText($(`s-${s.id}-progress-text`), text);
      setText($(`s-${s.id}-summary`), `: ${text}`);
    }
    setText($("overall"), `Overall: ${tierWord(result.overall)}.`);
  }

  function say(message) { $("status").textContent = message; }

  function focus(id) {
    const control = $(id);
    if (control) { control.scrollIntoView({ block: "center" }); control.focus(); }
  }

  function handle(target, changed) {
    if (target.type === "radio") tickBoxes(document.getElementsByName(target.name));
    const state = model.get();
    const id = target.id;
    let m;
    if (id === "organisation") state.organisation = target.value;
    else if (id === "service") state.service = target.value;
    else if (id === "organisation-id") state.organisation_id = target.value;
    else if (id === "assessed-on") state.assessed_on = target.value;
    else if (id === "completed-by") state.groups = target.value;
    else if (target.type === "radio" && (m = /^c-(.+)-status-(met|not_met|not_applicable|none)$/.exec(id))) {
      if (m[2] === "none") delete answerOf(m[1]).status;
      else answerOf(m[1]).status = m[2];
    } else if ((m = /^c-(.+)-(reason|evidence|comment)$/.exec(id))) answerOf(m[1])[m[2]] = target.value;
    else if ((m = /^c-(.+)-view-([a-z][a-z0-9_]*)$/.exec(id))) {
      const answer = answerOf(m[1]);
      answer.views = answer.views || {};
      if (target.value) answer.views[m[2]] = target.value;
      else delete answer.views[m[2]];
    } else if ((m = /^i-(.+)-note$/.exec(id))) state.notes[m[1]] = target.value;
    else if (target.type === "radio" && (m = /^survey-([0-9]+)-kind-(agree|percent_agree)$/.exec(id))) state.surveys[Number(m[1])].kind = m[2];
    else if ((m = /^survey-([0-9]+)-(metric|population|respondents|value|conducted-on)$/.exec(id))) state.surveys[Number(m[1])][m[2].replace("-", "_")] = target.value;
    else return;
    changed();
  }

  function on(handlers) {
    for (const kind of ["input", "change"]) document.addEventListener(kind, (event) => {
      if (event.target.id === "open") {
        if (kind === "change" && event.target.files.length) handlers.open(event.target.files[0]);
        if (kind === "change") event.target.value = "";
        return;
      }
      handle(event.target, handlers.changed);
    });
    document.addEventListener("click", (event) => {
      const summary = event.target.closest("summary");
      if (summary && summary.parentNode.parentNode.classList.contains("views")) unfoldViews(summary.parentNode);
    });
    $("save").addEventListener("click", handlers.save);
    $("print").addEventListener("click", () => window.print());
    $("clear").addEventListener("click", handlers.clear);
    $("add-survey").addEventListener("click", () => {
      const rows = model.get().surveys;
      rows.push({ metric: framework.metrics[0].id, population: framework.populations[0].id, respondents: "", kind: "agree", value: "", conducted_on: "" });
      renderSurveys();
      handlers.changed();
      $(`survey-${rows.length - 1}-metric`).focus();
    });
    $("survey-list").addEventListener("click", (event) => {
      const button = event.target.closest(".remove-survey");
      if (!button) return;
      const index = Number(button.dataset.index);
      model.get().surveys.splice(index, 1);
      renderSurveys();
      handlers.changed();
      say(`Survey ${index + 1} removed.`);
      $("add-survey").focus();
    });
  }

  return { fill, refresh, say, focus, on };
}
