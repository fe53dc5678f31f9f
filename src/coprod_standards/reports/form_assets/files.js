// The offline form's files, in JavaScript: reading YAML and JSON assessments, writing JSON.
//
// `FILES_JS` reads an assessment file the library wrote (JSON, or YAML in the
// subset the library and its examples use: block mappings and sequences, flow
// collections, quoted and plain scalars, comments) and writes the JSON the
// library reads, in the order and compact form of `assessment_to_data`.
// YAML it does not read (block scalars, anchors, tags) is refused with a
// message saying so, never guessed at.
const CoprodFiles = (() => {
  "use strict";
  class FileProblem extends Error {}
  const fail = (line, message) => { throw new FileProblem(line ? `line ${line}: ${message}` : message); };
  const UNSUPPORTED = "the form reads the YAML the library writes; write the form with --from FILE "
    + "instead, or save the file as JSON with the library";

  // The text before a comment: # at the start or after a space, outside quotes.
  function withoutComment(text) {
    let quote = null;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (quote) {
        if (c === "\\" && quote === '"') i++;
        else if (c === quote) quote = null;
      } else if (c === '"' || c === "'") {
        if (i === 0 || /[\s\[{,:]/.test(text[i - 1])) quote = c;
      } else if (c === "#" && (i === 0 || /\s/.test(text[i - 1]))) return text.slice(0, i).trimEnd();
    }
    return text.trimEnd();
  }

  const ESCAPES = { "0": "\0", a: "\x07", b: "\b", t: "\t", "\t": "\t", n: "\n", v: "\v", f: "\f",
    r: "\r", e: "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\", N: "\x85", _: "\xa0",
    L: "\u2028", P: "\u2029" };

  // A quoted scalar starting at text[start]: [value, the index after it].
  function quoted(text, start, line) {
    const quote = text[start];
    let value = "";
    for (let i = start + 1; i < text.length; i++) {
      const c = text[i];
      if (quote === "'" && c === "'") {
        if (text[i + 1] === "'") { value += "'"; i++; continue; }
        return [value, i + 1];
      }
      if (quote === '"' && c === '"') return [value, i + 1];
      if (quote === '"' && c === "\\") {
        const e = text[++i];
        const width = { x: 2, u: 4, U: 8 }[e];
        if (width) {
          const hex = text.slice(i + 1, i + 1 + width);
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) fail(line, "a bad \\" + e + " escape");
          value += String.fromCodePoint(parseInt(hex, 16));
          i += width;
        } else if (e in ESCAPES) value += ESCAPES[e];
        else fail(line, `the escape \\${e} is not YAML`);
        continue;
      }
      value += c;
    }
    return fail(line, "a quoted text is not closed on its line; " + UNSUPPORTED);
  }

  // A plain scalar as YAML's core schema reads it (dates stay text: YYYY-MM-DD).
  function plain(text, line) {
    if (/^[|>&*!%@`]/.test(text)) fail(line, `"${text.slice(0, 20)}" uses YAML this form does not read; ` + UNSUPPORTED);
    if (text === "" || text === "~" || /^(null|Null|NULL)$/.test(text)) return null;
    if (/^(true|True|TRUE)$/.test(text)) return true;
    if (/^(false|False|FALSE)$/.test(text)) return false;
    if (/^[-+]?[0-9]+$/.test(text)) return Number(text);
    if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(text)) return Number(text);
    return text;
  }

  // A flow collection or scalar in text from pos: [value, the index after it].
  function flow(text, pos, line, inFlow) {
    while (text[pos] === " ") pos++;
    const c = text[pos];
    if (c === "[" || c === "{") {
      const close = c === "[" ? "]" : "}";
      const result = c === "[" ? [] : {};
      pos++;
      for (;;) {
        while (text[pos] === " ") pos++;
        if (text[pos] === close) return [result, pos + 1];
        if (pos >= text.length) fail(line, `a ${c} is not closed`);
        if (c === "[") {
          const [item, next] = flow(text, pos, line, true);
          result.push(item);
          pos = next;
        } else {
          const [key, afterKey] = flow(text, pos, line, true);
          pos = afterKey;
          while (text[pos] === " ") pos++;
          let value = null;
          if (text[pos] === ":") [value, pos] = flow(text, pos + 1, line, true);
          if (Object.prototype.hasOwnProperty.call(result, String(key))) fail(line, `the key ${key} is given twice`);
          result[String(key)] = value;
        }
        while (text[pos] === " ") pos++;
        if (text[pos] === ",") pos++;
        else if (text[pos] !== close) fail(line, `expected , or ${close}`);
      }
    }
    if (c === '"' || c === "'") return quoted(text, pos, line);
    let end = pos;
    while (end < text.length && !(inFlow && /[,\]}]/.test(text[end]))
           && !(text[end] === ":" && (end + 1 === text.length || /[\s,\]}]/.test(text[end + 1])))) end++;
    return [plain(text.slice(pos, end).trim(), line), end];
  }

  function inline(text, line) {
    const [value, end] = flow(text, 0, line, false);
    if (text.slice(end).trim() !== "") fail(line, `unexpected text "${text.slice(end).trim().slice(0, 30)}"`);
    return value;
  }

  // Split "key: rest" (key plain or quoted); null where the line is not a key.
  function keyOf(content, line) {
    let key;
    let end;
    if (content[0] === '"' || content[0] === "'") [key, end] = quoted(content, 0, line);
    else {
      const match = /^([^\s:#[\]{},][^:]*?|[^\s:#[\]{},]):(\s|$)/.exec(content);
      if (!match) return null;
      key = match[1].trim();
      end = match[1].length;
    }
    if (content[end] !== ":" || !(end + 1 === content.length || content[end + 1] === " ")) return null;
    return [String(key), content.slice(end + 1).trim()];
  }

  function lines(text) {
    const result = [];
    const raw = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
    for (let i = 0; i < raw.length; i++) {
      const indent = raw[i].length - raw[i].replace(/^ +/, "").length;
      let content = withoutComment(raw[i].slice(indent));
      if (content === "" || (result.length === 0 && content === "---")) continue;
      if (content.startsWith("\t")) fail(i + 1, "a tab indents this line; indent with spaces");
      if (content === "---" || content === "..." || content.startsWith("%")) fail(i + 1, "the file holds more than one document; " + UNSUPPORTED);
      const number = i + 1;
      // A flow collection may go on over several lines: join them.
      let depth = 0;
      const count = (piece) => { for (const c of piece.replace(/"(\\.|[^"\\])*"|'([^']|'')*'/g, "")) { if (c === "[" || c === "{") depth++; if (c === "]" || c === "}") depth--; } };
      count(content);
      while (depth > 0 && i + 1 < raw.length) { const next = withoutComment(raw[++i].trim()); count(next); content += " " + next; }
      result.push({ indent, content, number });
    }
    return result;
  }

  function parseYaml(text) {
    const all = lines(text);
    if (all.length === 0) fail(0, "the file is empty");
    let i = 0;
    function block(indent) {
      const first = all[i];
      if (first.content === "-" || first.content.startsWith("- ")) return sequence(first.indent);
      return mapping(first.indent);
    }
    function valueAfter(rest, indent, line) {
      if (rest !== "") return inline(rest, line);
      const next = all[i];
      if (next && (next.indent > indent || (next.indent === indent && (next.content === "-" || next.content.startsWith("- "))))) return block();
      return null;
    }
    function mapping(indent) {
      const result = {};
      while (i < all.length && all[i].indent === indent && !(all[i].content === "-" || all[i].content.startsWith("- "))) {
        const { content, number } = all[i];
        const pair = keyOf(content, number);
        if (!pair) fail(number, `expected "key: value" here, not "${content.slice(0, 30)}"; ` + UNSUPPORTED);
        const [key, rest] = pair;
        if (Object.prototype.hasOwnProperty.call(result, key)) fail(number, `the key ${key} is given twice`);
        i++;
        result[key] = valueAfter(rest, indent, number);
      }
      if (i < all.length && all[i].indent > indent) fail(all[i].number, "this line is indented more than the key above it; " + UNSUPPORTED);
      return result;
    }
    function sequence(indent) {
      const result = [];
      while (i < all.length && all[i].indent === indent && (all[i].content === "-" || all[i].content.startsWith("- "))) {
        const { content, number } = all[i];
        const rest = content.slice(1).trimStart();
        if (rest !== "" && !/^["'[{]/.test(rest) && keyOf(rest, number)) {
          // "- key: value": a mapping whose keys line up after the dash.
          all[i] = { indent: indent + content.length - rest.length, content: rest, number };
          result.push(mapping(all[i].indent));
        } else {
          i++;
          result.push(valueAfter(rest, indent, number));
        }
      }
      return result;
    }
    const data = block();
    if (i < all.length) fail(all[i].number, "this line does not fit the indentation above it; " + UNSUPPORTED);
    return data;
  }

  // An opened file's text as plain data: JSON, or else the YAML subset.
  function parse(text, name) {
    const trimmed = text.replace(/^\uFEFF/, "").trim();
    if (/\.json$/i.test(name) || trimmed.startsWith("{")) {
      try { return JSON.parse(trimmed); } catch (error) { throw new FileProblem(`this is not JSON: ${error.message}`); }
    }
    return parseYaml(text);
  }

  // JSON the library reads: its YAML reader takes a raw NEL for a line break, so escape those.
  function dumps(data) {
    return JSON.stringify(data, null, 2).replace(/[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g,
      (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0")) + "\n";
  }

  return { parse, parseYaml, dumps, FileProblem };
})();
