// The offline form's behaviour, in JavaScript: its state, checks, storage, saving and opening.
//
// The state is the assessment's plain data in the library's file format (each
// answer as a mapping), with the surveys as typed; `toData` gives the data
// `assessment_to_data` would write, and the checks are the library's rules for
// an assessment file, so that a saved file loads with `load_assessment`.
(() => {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const framework = JSON.parse($("coprod-framework").textContent);
  const initial = JSON.parse($("coprod-assessment").textContent);
  const labels = framework.labels;
  const GROUP = /^[a-z][a-z0-9_]*$/;
  const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
  // The forms of organisation identifier the library accepts (core/organisation_ids.py's
  // ORGANISATION_ID, which tests/test_services.py checks this is).
  const ORGANISATION_ID = /^(?:(?=[A-Z0-9]*[A-Z])[A-Z0-9]{3,9}|GB-CHC-[0-9]{6,7}|GB-SC-SC[0-9]{6}|GB-NIC-[0-9]{6}|GB-COH-(?:[0-9]{2}|[A-Z]{2})[0-9]{6}|GB-NHS-(?=[A-Z0-9]*[A-Z])[A-Z0-9]{3,9}|(?!GB-CHC-|GB-SC-|GB-NIC-|GB-COH-|GB-NHS-)[A-Z]{2}-[A-Z0-9]{2,}-[A-Za-z0-9][A-Za-z0-9./-]*)$/;
  const STATUSES = ["met", "not_met", "not_applicable"];
  const criteria = framework.standards.flatMap((s) => s.indicators.flatMap((i) => i.criteria));
  const criterionById = new Map(criteria.map((c) => [c.id, c]));
  const indicatorIds = new Set(framework.standards.flatMap((s) => s.indicators.map((i) => i.id)));
  const own = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
  let hash = 0;
  for (const c of JSON.stringify(initial)) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  const KEY = `coprod-standards-form:${framework.version}:${hash.toString(16)}`;

  function today() {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
  }

  // How the assessment was made and signed off: the form does not show these, and
  // carries them through unchanged (an edit of a final file then shows as one).
  const RECORD = ["meetings", "status", "approved_by", "approved_on", "digest"];

  // The form's state from an assessment file's plain data (already checked by `problemsOf`).
  function fromData(data) {
    const answers = {};
    for (const [id, value] of Object.entries(data.criteria || {})) {
      answers[id] = value === null ? {} : typeof value === "string" ? { status: value } : { ...value };
    }
    const notes = {};
    for (const [id, value] of Object.entries(data.indicators || {})) notes[id] = (value && value.comment) || "";
    return {
      organisation: data.organisation || "", service: data.service || "", organisation_id: data.organisation_id || "",
      assessed_on: data.assessed_on || "",
      groups: (data.completed_by || []).join(", "), answers, notes, retired: data.retired || null,
      record: Object.fromEntries(RECORD.filter((key) => key in data).map((key) => [key, data[key]])),
      surveys: (data.surveys || []).map((s) => ({
        metric: s.metric, population: s.population, respondents: String(s.respondents ?? ""),
        kind: s.agree === undefined || s.agree === null ? "percent_agree" : "agree",
        value: String(s.agree ?? s.percent_agree ?? ""), conducted_on: s.conducted_on || "" })),
    };
  }

  const blank = () => fromData(initial || { organisation: "", assessed_on: today() });
  const groupsOf = (state) => state.groups.split(",").map((g) => g.trim()).filter((g) => g !== "");

  function surveyData(row) {
    const data = { metric: row.metric, population: row.population };
    data[row.kind] = Number(row.value.trim());
    data.respondents = Number(row.respondents.trim());
    data.conducted_on = row.conducted_on;
    return data;
  }

  // The assessment's data as `assessment_to_data` writes it: its order, its compact answers.
  function toData(state) {
    const data = { version: framework.version, organisation: state.organisation };
    if ((state.service || "").trim()) data.service = state.service;
    if (state.organisation_id) data.organisation_id = state.organisation_id;
    data.assessed_on = state.assessed_on;
    const groups = groupsOf(state);
    if (groups.length) data.completed_by = groups;
    data.criteria = {};
    const ids = [...criteria.map((c) => c.id), ...Object.keys(state.answers).filter((id) => !criterionById.has(id))];
    for (const id of ids) {
      const answer = state.answers[id];
      if (!answer) continue;
      const given = {};
      if (answer.status) given.status = answer.status;
      for (const key of ["evidence", "comment", "reason"]) if (answer[key]) given[key] = answer[key];
      if (answer.views && Object.keys(answer.views).length) given.views = { ...answer.views };
      if (answer.previous) given.previous = answer.previous;
      const keys = Object.keys(given);
      if (keys.length === 0) continue;
      data.criteria[id] = keys.length === 1 && given.status ? given.status : given;
    }
    const notes = Object.entries(state.notes).filter(([, comment]) => comment);
    if (notes.length) data.indicators = Object.fromEntries(notes.map(([id, comment]) => [id, { comment }]));
    if (state.surveys.length) data.surveys = state.surveys.map(surveyData);
    if (state.retired && state.retired.length) data.retired = state.retired;
    for (const key of RECORD) if (state.record && key in state.record) data[key] = state.record[key];
    return data;
  }

  const WHOLE = /^[0-9]+$/;
  const NUMBER = /^([0-9]+(\.[0-9]*)?|\.[0-9]+)$/;

  function surveyProblems(state, row, index, seen, problems) {
    const p = `survey-${index}`;
    const respondents = row.respondents.trim();
    if (!WHOLE.test(respondents)) problems.set(`${p}-respondents`, "Give how many answered, as a whole number such as 40.");
    const value = row.value.trim();
    if (row.kind === "agree") {
      if (!WHOLE.test(value)) problems.set(`${p}-value`, "Give how many agreed, as a whole number such as 31.");
      else if (WHOLE.test(respondents) && Number(value) > Number(respondents)) problems.set(`${p}-value`, `${value} agreed but only ${respondents} answered; the count of people agreeing cannot be more.`);
    } else if (!NUMBER.test(value) || Number(value) > 100) problems.set(`${p}-value`, "Give the percentage agreeing, a number from 0 to 100 such as 78.5.");
    if (!DATE.test(row.conducted_on)) problems.set(`${p}-conducted-on`, "Give the date the survey closed, YYYY-MM-DD.");
    else if (DATE.test(state.assessed_on) && row.conducted_on > state.assessed_on) problems.set(`${p}-conducted-on`, `The survey closed after the assessment (${state.assessed_on}); correct the date, or record it in a later assessment.`);
    else {
      const key = `${row.metric} ${row.population} ${row.conducted_on}`;
      if (seen.has(key)) problems.set(`${p}-conducted-on`, `Survey ${seen.get(key) + 1} is of the same people, about the same, on the same date; keep one.`);
      else seen.set(key, index);
    }
  }

  // Every problem that would stop the library loading the saved file, by the id of its field.
  function problemsOf(state) {
    const problems = new Map();
    if (state.organisation_id && (state.organisation_id.length > 100 || !ORGANISATION_ID.test(state.organisation_id))) problems.set("organisation-id", "Give an org-id such as GB-CHC-1234567 (a charity in England and Wales) or GB-COH-01234567 (a company), or an NHS ODS code such as RR8, in capitals; or leave it empty.");
    if (!DATE.test(state.assessed_on) || Number.isNaN(Date.parse(state.assessed_on))) problems.set("assessed-on", "Give the date of the assessment, YYYY-MM-DD.");
    const groups = groupsOf(state);
    const bad = groups.filter((g) => !GROUP.test(g));
    if (bad.length) problems.set("completed-by", `${bad.map((g) => JSON.stringify(g)).join(", ")} ${bad.length === 1 ? "is not a group name" : "are not group names"}; use lower-case words joined by underscores, such as service_users.`);
    for (const [id, answer] of Object.entries(state.answers)) {
      const reason = answer.reason || "";
      if (answer.status === "not_applicable" && !/\S/.test(reason)) problems.set(`c-${id}-reason`, "Not applicable needs a reason: say why the criterion does not apply.");
      else if (reason && answer.status !== "not_applicable") problems.set(`c-${id}-reason`, "A reason is only for not applicable answers: clear it, or choose Not applicable.");
      for (const group of Object.keys(answer.views || {})) {
        if (groups.length && !groups.includes(group)) problems.set(`c-${id}-view-${group}`, `${group.replace(/_/g, " ")} gave a view but is not listed in the groups who took part; add it there, or clear this view.`);
      }
    }
    const seen = new Map();
    state.surveys.forEach((row, index) => surveyProblems(state, row, index, seen, problems));
    return problems;
  }

  // What an opened file holds that the form cannot show: the library would refuse most of it too.
  function fileProblems(data) {
    const found = [];
    const isMap = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
    const text = (v) => v === undefined || v === null || typeof v === "string";
    const evidenceItems = (v) => Array.isArray(v) && v.every((item) => isMap(item) && typeof item.title === "string" && item.title.trim()
      && Object.entries(item).every(([k, x]) => ["title", "link", "date", "owner"].includes(k) && typeof x === "string"));
    if (!isMap(data)) return ["the file does not hold an assessment (a mapping of keys to values)"];
    const known = ["version", "organisation", "service", "organisation_id", "assessed_on", "completed_by", "criteria", "indicators", "surveys", "retired", ...RECORD];
    for (const key of Object.keys(data)) if (!known.includes(key)) found.push(`$.${key}: an assessment has no key ${JSON.stringify(key)}`);
    if (typeof data.version !== "string") found.push('$.version: give the version as text, such as "1.1" (quoted)');
    else if (data.version !== framework.version) found.push(`$.version: the file answers version ${data.version} of the standards, and this form is for version ${framework.version}: write a form for it with coprod-standards form --from FILE`);
    if (!text(data.organisation)) found.push("$.organisation: the organisation is text");
    if (!text(data.service) || !text(data.organisation_id)) found.push("$.service, $.organisation_id: the service and the organisation's identifier are text");
    if (!text(data.assessed_on)) found.push("$.assessed_on: the date is YYYY-MM-DD");
    if (data.completed_by != null && !(Array.isArray(data.completed_by) && data.completed_by.every((g) => typeof g === "string"))) found.push("$.completed_by: a list of group names");
    if (data.criteria != null && !isMap(data.criteria)) found.push("$.criteria: a mapping of criterion ids to answers");
    for (const [id, value] of Object.entries(isMap(data.criteria) ? data.criteria : {})) {
      const where = `$.criteria["${id}"]`;
      const criterion = criterionById.get(id);
      if (!criterion) { found.push(`${where}: version ${framework.version} has no criterion ${JSON.stringify(id)}`); continue; }
      const answer = value === null ? {} : typeof value === "string" ? { status: value } : value;
      if (!isMap(answer)) { found.push(`${where}: an answer is a status or a mapping`); continue; }
      for (const key of Object.keys(answer)) if (!["status", "evidence", "comment", "reason", "views", "previous"].includes(key)) found.push(`${where}: an answer has no key ${JSON.stringify(key)}`);
      if (answer.status != null && !STATUSES.includes(answer.status)) found.push(`${where}: the answer is met, not_met or not_applicable`);
      if (!["comment", "reason"].every((key) => text(answer[key]))) found.push(`${where}: comment and reason are text`);
      if (!(text(answer.evidence) || evidenceItems(answer.evidence))) found.push(`${where}.evidence: evidence is text, or a list of items each with a title (and link, date, owner as text)`);
      if (answer.views != null && !(isMap(answer.views) && Object.entries(answer.views).every(([g, v]) => GROUP.test(g) && (v === "met" || v === "not_met")))) found.push(`${where}.views: each group's view is met or not_met`);
      if (criterion.survey && (answer.status != null || (answer.views && Object.keys(answer.views).length))) found.push(`${where}: ${id} is decided by a survey; record the survey instead of giving a status`);
    }
    for (const [id, value] of Object.entries(isMap(data.indicators) ? data.indicators : {})) {
      if (!indicatorIds.has(id)) found.push(`$.indicators["${id}"]: version ${framework.version} has no indicator ${JSON.stringify(id)}`);
      else if (value !== null && !(isMap(value) && text(value.comment))) found.push(`$.indicators["${id}"]: a note is {comment: text}`);
    }
    if (data.surveys != null && !Array.isArray(data.surveys)) found.push("$.surveys: a list of surveys");
    (Array.isArray(data.surveys) ? data.surveys : []).forEach((s, index) => {
      const ok = isMap(s) && framework.metrics.some((m) => m.id === s.metric) && framework.populations.some((p) => p.id === s.population)
        && Object.keys(s).every((k) => ["metric", "population", "agree", "percent_agree", "respondents", "conducted_on"].includes(k));
      if (!ok) found.push(`$.surveys[${index}]: a survey names a known metric and population, its respondents, agree or percent_agree, and conducted_on`);
      else if (s.agree != null && s.percent_agree != null) found.push(`$.surveys[${index}]: give either agree (a count) or percent_agree, not both`);
    });
    return found;
  }

  const store = {
    // Kept with the layout's number: a state kept by another layout is not read.
    load() {
      try {
        const saved = JSON.parse(localStorage.getItem(KEY) || "null");
        return saved && saved.layout === 1 ? saved.state : null;
      } catch (error) { return null; }
    },
    save(state) {
      try { localStorage.setItem(KEY, JSON.stringify({ layout: 1, state })); return true; } catch (error) { return false; }
    },
    clear() { try { localStorage.removeItem(KEY); } catch (error) { /* nothing kept */ } },
  };

  let state = store.load() || blank();
  const ui = CoprodUi(framework, { get: () => state, toData, problemsOf });

  function changed() {
    if (!store.save(state)) ui.say("This browser is not keeping your answers: save the assessment as a file before you close the page.");
    ui.refresh();
  }

  function open(text, name) {
    let data;
    try { data = CoprodFiles.parse(text, name); } catch (error) { return [`${error.message}`]; }
    const found = fileProblems(data);
    if (found.length) return found;
    state = fromData(data);
    ui.fill();
    changed();
    return [];
  }

  function save() {
    const problems = problemsOf(state);
    if (problems.size) {
      ui.say(`The assessment is not saved: ${problems.size} ${problems.size === 1 ? "answer needs" : "answers need"} correcting first. The first is: ${[...problems.values()][0]}`);
      ui.focus([...problems.keys()][0]);
      return;
    }
    const text = CoprodFiles.dumps(toData(state));
    const slug = state.organisation.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40);
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    link.download = `${slug || "assessment"}-${state.assessed_on}.json`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    ui.say(`Saved ${link.download}. Evaluate it with: coprod-standards evaluate ${link.download}`);
  }

  ui.fill();
  ui.refresh();
  ui.on({
    changed,
    save,
    open(file) {
      const reader = new FileReader();
      reader.onload = () => {
        const found = open(String(reader.result), file.name);
        ui.say(found.length ? `${file.name} was not opened: ${found.slice(0, 5).join("; ")}${found.length > 5 ? ` (and ${found.length - 5} more)` : ""}` : `Opened ${file.name}.`);
      };
      reader.readAsText(file);
    },
    clear() {
      if (!window.confirm("Start again? Every answer in this form is cleared (saved files are not touched).")) return;
      store.clear();
      state = blank();
      ui.fill();
      ui.refresh();
      ui.say("Started again.");
    },
  });
  window.coprodForm = {
    evaluate: (data, policy) => CoprodEvaluator.evaluate(framework, data, policy),
    parse: CoprodFiles.parse, open, data: () => toData(state), problems: () => Object.fromEntries(problemsOf(state)),
  };
})();
