(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("outcome-data").textContent);
  var tree = document.querySelector("ul.tree");
  var detail = document.getElementById("detail");
  var search = document.getElementById("search");
  var status = document.getElementById("status");
  var boxes = Array.prototype.slice.call(document.querySelectorAll(".filters input"));
  var KIND_TITLES = data.kinds;  // from export/style.py, the one place kinds are titled
  Object.keys(data.nodes).forEach(function (key) {
    var node = data.nodes[key];
    var texts = [node.statement];
    (node.quotes || []).forEach(function (quote) { texts.push(quote.before + quote.span + quote.after); });
    node.search = texts.join("\n").toLowerCase();
  });

  function make(tag, className, text) {
    var element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined && text !== null) element.textContent = String(text);
    return element;
  }
  function ownList(li) {
    for (var i = 0; i < li.children.length; i++) {
      if (li.children[i].tagName === "UL") return li.children[i];
    }
    return null;
  }
  function childNodes(li) {
    var list = ownList(li);
    return list ? Array.prototype.slice.call(list.children) : [];
  }
  function setOpen(li, open) {
    if (!ownList(li)) return;
    li.classList.toggle("collapsed", !open);
    li.setAttribute("aria-expanded", open ? "true" : "false");
    var twisty = li.querySelector(":scope > .row > .twisty");
    if (twisty) {
      twisty.textContent = open ? "\u25BE" : "\u25B8";
      twisty.setAttribute("aria-label", open ? "Collapse" : "Expand");
    }
  }
  function openAncestors(li) {
    var up = li.parentElement;
    while (up && up !== tree) {
      if (up.classList && up.classList.contains("node")) setOpen(up, true);
      up = up.parentElement;
    }
  }
  function marked(text, query) {
    var fragment = document.createDocumentFragment();
    var lower = text.toLowerCase();
    if (!query || lower.length !== text.length) {
      fragment.appendChild(document.createTextNode(text));
      return fragment;
    }
    var at = 0;
    var found = lower.indexOf(query);
    while (found !== -1) {
      fragment.appendChild(document.createTextNode(text.slice(at, found)));
      fragment.appendChild(make("mark", "", text.slice(found, found + query.length)));
      at = found + query.length;
      found = lower.indexOf(query, at);
    }
    fragment.appendChild(document.createTextNode(text.slice(at)));
    return fragment;
  }

  function fact(list, term, value) {
    if (value === undefined || value === null || value === "") return;
    list.appendChild(make("dt", "", term));
    list.appendChild(make("dd", "", value));
  }
  function showDetail(key) {
    var node = data.nodes[key];
    detail.replaceChildren();
    if (!node) {
      detail.appendChild(make("p", "hint", "Click an outcome to see its quotes and evidence."));
      return;
    }
    var heading = make("h2", "", node.statement);
    heading.dir = "auto";
    detail.appendChild(heading);
    var facts = make("dl", "facts");
    fact(facts, "kind", KIND_TITLES[node.kind] || node.kind);
    fact(facts, "polarity", node.polarity);
    fact(facts, "id", node.id);
    if (data.merged && node.kind !== "job") {
      fact(facts, "interviews", node.count + (node.interviews ? " (" + node.interviews + ")" : ""));
      fact(facts, "mentions", node.mentions);
    }
    if (node.links) fact(facts, "links", node.links);
    detail.appendChild(facts);
    var quotes = node.quotes || [];
    if (node.kind === "job") return;
    detail.appendChild(make("h3", "", quotes.length === 1 ? "1 quote" : quotes.length + " quotes"));
    quotes.forEach(function (quote) {
      var figure = make("figure", "quote");
      if (quote.question) figure.appendChild(make("p", "question", "Q: " + quote.question));
      var block = make("blockquote");
      block.dir = "auto";
      block.appendChild(document.createTextNode(quote.before));
      if (quote.span) block.appendChild(make("mark", "", quote.span));
      block.appendChild(document.createTextNode(quote.after));
      figure.appendChild(block);
      var who = [quote.speaker, quote.interview + " " + quote.turn, "confidence " + quote.confidence];
      figure.appendChild(make("figcaption", "", who.filter(Boolean).join(" \u00B7 ")));
      if (quote.evidence.length) {
        var cues = make("ul", "evidence");
        cues.setAttribute("aria-label", "evidence");
        quote.evidence.forEach(function (cue) { cues.appendChild(make("li", "", cue)); });
        figure.appendChild(cues);
      }
      detail.appendChild(figure);
    });
  }
  function select(key, focus) {
    var selected = tree.querySelectorAll(".card.selected");
    for (var i = 0; i < selected.length; i++) selected[i].classList.remove("selected");
    var li = tree.querySelector("li.node:not(.repeat)[data-key=\"" + CSS.escape(key) + "\"]");
    showDetail(li ? key : "");
    if (!li) return;
    openAncestors(li);
    var card = li.querySelector(":scope > .row > .card");
    card.classList.add("selected");
    if (focus) {
      card.focus({ preventScroll: true });
      card.scrollIntoView({ block: "nearest" });
    }
    if (location.hash !== "#" + key) history.replaceState(null, "", "#" + key);
  }

  function applyFilters() {
    var query = search.value.trim().toLowerCase();
    var kinds = {};
    var polarities = {};
    var narrowed = !!query;
    boxes.forEach(function (box) {
      if (box.dataset.kind) kinds[box.dataset.kind] = box.checked;
      if (box.dataset.polarity) polarities[box.dataset.polarity] = box.checked;
      if (!box.checked) narrowed = true;
    });
    var matches = 0;
    function visit(li) {
      var below = false;
      childNodes(li).forEach(function (child) { if (visit(child)) below = true; });
      var node = data.nodes[li.dataset.key] || { kind: "job", statement: "", search: "" };
      var isJob = node.kind === "job";
      var kindOk = isJob || (kinds[node.kind] !== false && polarities[node.polarity] !== false);
      var hit = !isJob && kindOk && (!query || node.search.indexOf(query) !== -1);
      var visible = isJob || hit || below;
      li.hidden = !visible;
      li.classList.toggle("context", visible && !hit && !isJob);
      var label = li.querySelector(":scope > .row > .card .statement");
      if (label) label.replaceChildren(marked(node.statement, hit ? query : ""));
      if (query && below) setOpen(li, true);
      if (hit && !li.classList.contains("repeat")) matches += 1;
      return visible;
    }
    Array.prototype.forEach.call(tree.children, visit);
    status.textContent = narrowed ? (matches === 1 ? "1 outcome matches" : matches + " outcomes match") : "";
  }

  tree.addEventListener("click", function (event) {
    var twisty = event.target.closest(".twisty");
    if (twisty && !twisty.classList.contains("leaf")) {
      var li = twisty.closest("li.node");
      setOpen(li, li.classList.contains("collapsed"));
      return;
    }
    var card = event.target.closest(".card");
    if (card) select(card.dataset.key, true);
  });
  search.addEventListener("input", applyFilters);
  boxes.forEach(function (box) { box.addEventListener("change", applyFilters); });
  document.getElementById("expand").addEventListener("click", function () {
    Array.prototype.forEach.call(tree.querySelectorAll("li.node"), function (li) { setOpen(li, true); });
  });
  document.getElementById("collapse").addEventListener("click", function () {
    Array.prototype.forEach.call(tree.querySelectorAll("li.node"), function (li) {
      if (li.parentElement !== tree) setOpen(li, false);
    });
  });
  window.addEventListener("hashchange", function () { select(location.hash.slice(1), true); });
  if (location.hash.length > 1) select(location.hash.slice(1), false);
  applyFilters();
  document.body.setAttribute("data-ready", "true");
})();
