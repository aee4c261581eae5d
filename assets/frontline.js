// Frontline's server-rendered pages: the colour-mode button, comment menus, quote-reply, and the live thread.
// Plain script, no framework: a visitor's page needs nothing else. Members' pages also boot the Reflex app,
// which calls window.frontline.refresh() after it changes the thread, and window.frontline.publish() to post.
(function () {
  "use strict";
  var root = document.documentElement;

  // The page's Reply / Edit / Delete / Report buttons are handled by the app (ActionBridge in islands.js); a
  // click before the app has booted is kept and handed over when it has, rather than lost.
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-action]");
    if (!button || window.__flBridgeReady || !document.getElementById("composer-slot")) return;
    event.preventDefault();
    var menu = button.closest("details");
    if (menu) menu.removeAttribute("open");
    window.__flPendingAction = { action: button.getAttribute("data-action"),
      id: parseInt(button.getAttribute("data-id") || "0", 10), name: button.getAttribute("data-name") || "" };
  });

  document.addEventListener("click", function (event) {
    var toggle = event.target.closest && event.target.closest("[data-theme-toggle]");
    if (toggle) {
      var dark = !root.classList.contains("dark");
      root.classList.remove("light", "dark");
      root.classList.add(dark ? "dark" : "light");
      root.style.colorScheme = dark ? "dark" : "light";
      try { localStorage.setItem("theme", dark ? "dark" : "light"); } catch (e) { /* private mode */ }
      return;
    }
    var copy = event.target.closest && event.target.closest("[data-copy-link]");
    if (copy) {
      var url = location.origin + copy.getAttribute("data-copy-link");
      if (navigator.clipboard) navigator.clipboard.writeText(url).catch(function () { window.prompt("Link to this comment", url); });
      else window.prompt("Link to this comment", url);
      copy.textContent = "Link copied";
      setTimeout(function () { copy.textContent = "Copy link"; }, 2000);
    }
    // One comment menu open at a time; a click anywhere else closes it.
    var inMenu = event.target.closest && event.target.closest("details.fl-menu");
    document.querySelectorAll("details.fl-menu[open]").forEach(function (menu) {
      if (menu !== inMenu || (event.target.closest && event.target.closest(".fl-menu-item"))) menu.removeAttribute("open");
    });
  });

  var thread = document.getElementById("thread");
  var refreshing = null;
  var again = false;
  var told = ""; // the newest version the live socket told of

  // A member's list is drawn for them alone, so their tab asks for what changed since the version it shows
  // (new comments only, when that is all) rather than the whole list; a visitor's comes from the shared cache.
  function refresh(focusId) {
    if (!thread) return Promise.resolve();
    if (refreshing) { again = true; return refreshing; }
    var page = thread.dataset.page || "1";
    var member = document.getElementById("fl-page") && document.getElementById("fl-page").hasAttribute("data-viewer");
    var sent = shownVersion();
    // A visitor's list names the version the socket told of: a worker that remembers an older one reads it
    // afresh (forum/http/visitor_versions.py).
    var url = member && sent && !focusId ? location.pathname + "?part=since&v=" + encodeURIComponent(sent) + "&page=" + page
                                         : listUrl();
    refreshing = fetch(url, { credentials: "same-origin", cache: "no-store" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        var live = document.getElementById("thread-updates");
        if (html !== null && live) {
          var box = document.createElement("div");
          box.innerHTML = html;
          var added = box.querySelector("#added-comments");
          if (!added) live.innerHTML = html;
          else if (!putInPlace(added, sent, 0)) return fullList();
          if (socketOpen) markLive(true);
          // the app's in-place notes (InPlaceNote in islands.js) go back into the redrawn blocks
          document.dispatchEvent(new CustomEvent("frontline:refreshed"));
        }
        if (focusId) {
          var target = document.getElementById("comment-" + focusId);
          if (target) target.scrollIntoView({ block: "nearest" });
          else location.assign("/c/" + focusId); // it is on another page: its permalink knows which
        }
      })
      .catch(function () { /* offline: the next change or reconnect tries again */ })
      .then(function () {
        refreshing = null;
        if (again) { again = false; return refresh(); }
      });
    return refreshing;
  }

  // The whole comment list of the page on screen, naming the version the socket told of.
  function listUrl() {
    return location.pathname + "?part=comments&w=" + encodeURIComponent(told) + "&page=" + (thread.dataset.page || "1");
  }

  function fullList() {
    var live = document.getElementById("thread-updates");
    return fetch(listUrl(),
                 { credentials: "same-origin", cache: "no-store" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html === null || !live) return;
        live.innerHTML = html;
        document.dispatchEvent(new CustomEvent("frontline:refreshed"));
      });
  }

  function shownVersion() {
    var list = document.getElementById("comments");
    return list ? list.getAttribute("data-version") || "" : "";
  }

  function countText(n) { return n === 1 ? "1 reply" : n + " replies"; }

  // New comments (the one this tab just posted, or those its live socket told of) put in place rather than
  // the whole list drawn again: each after its parent's conversation, or at the end of the list, with the
  // counts above it moved on. When the server says they are the thread's only change since the version ``sent``
  // (and the tab still shows that one), the tab takes the new version, so the live socket's news of it costs
  // nothing. False when one cannot be placed (its parent is not on screen): the caller draws the whole list.
  function putInPlace(added, sent, ownId) {
    var list = document.getElementById("comments");
    if (!list) return false;
    var here = thread.dataset.page || "1";
    var blocks = added.querySelectorAll(".fl-added");
    for (var i = 0; i < blocks.length; i++) {
      var block = blocks[i].querySelector(".comment");
      if (!block) return false;
      if (blocks[i].dataset.page !== here) {
        if (blocks[i].dataset.commentId === String(ownId)) { location.assign("/c/" + ownId); return true; }
        continue; // on another page of the thread
      }
      var existing = document.getElementById(block.id);
      if (existing) existing.replaceWith(block);
      else if (!place(list, block, blocks[i].dataset.parentId)) return false;
    }
    var total = document.getElementById("reply-total");
    if (total && added.dataset.replyTotal) total.textContent = added.dataset.replyTotal;
    if (added.dataset.current === "1" && shownVersion() === sent) list.setAttribute("data-version", added.dataset.version);
    document.dispatchEvent(new CustomEvent("frontline:refreshed"));
    return true;
  }

  // The block of a comment this tab just posted (``html``, null when it could not be had) put in place.
  function placePosted(id, html, sent) {
    var box = document.createElement("div");
    if (html !== null) box.innerHTML = html;
    var added = box.querySelector("#added-comments");
    if (!added || !putInPlace(added, sent, id)) return refresh(id);
    var mine = document.getElementById("comment-" + id);
    if (mine) mine.scrollIntoView({ block: "nearest" });
    if (added.dataset.current !== "1" && !socketOpen) return refresh(); // with the socket open, its news brings the rest
  }

  function showPosted(id) {
    if (!thread || !id || !document.getElementById("comments")) return refresh(id);
    var sent = shownVersion();
    var url = location.pathname + "?part=comment&c=" + id + "&v=" + encodeURIComponent(sent);
    return fetch(url, { credentials: "same-origin", cache: "no-store" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) { return placePosted(id, html, sent); })
      .catch(function () { return refresh(id); });
  }

  // The composer's Publish in one request: the reply form's route (forum/http/reply_form.py) stores the
  // comment and answers its block, which goes in place here. Resolves to what the app's composer is told
  // (ComposerState.published): {stored: true, ...} once stored, else {stored: false, press} — offline, a
  // refusal, an expired form — and the composer then sends the same press through its own event, which shows
  // the reasons, waits for the connection, or asks to sign in; the press's key stores one comment at most.
  function publish(press) {
    var slot = document.getElementById("composer-slot");
    var action = slot && slot.getAttribute("data-reply-action");
    var token = slot && slot.getAttribute("data-reply-token");
    var notStored = { stored: false, press: press };
    if (!press || !action || !token || !thread || !window.fetch) return Promise.resolve(notStored);
    var form = new URLSearchParams();
    form.set("csrf_token", token);
    form.set("body", press.text || "");
    form.set("key", press.key || "");
    if (press.parent_id) form.set("parent", String(press.parent_id));
    var sent = shownVersion();
    form.set("v", sent);
    var button = document.getElementById("composer-submit");
    if (button) button.setAttribute("data-publishing", "1");
    return fetch(action, { method: "POST", body: form, credentials: "same-origin", cache: "no-store",
                           headers: { "X-Frontline-Publish": "1" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (answer) {
        if (!answer || !answer.stored || !answer.comment_id) return notStored;
        if (document.getElementById("comments")) placePosted(answer.comment_id, answer.html || null, sent);
        else refresh(answer.comment_id);
        return { stored: true, comment_id: answer.comment_id, decision: answer.decision, message: answer.message,
                 key: press.key || "" };
      })
      .catch(function () { return notStored; })
      .then(function (result) {
        if (button) button.removeAttribute("data-publishing");
        return result;
      });
  }

  function place(list, block, parentId) {
    if (!parentId || parentId === "0") { list.appendChild(block); return true; }
    var parent = document.getElementById("comment-" + parentId);
    if (!parent || parent.parentNode !== list) return false;
    var depth = parseInt(parent.dataset.depth || "0", 10);
    var last = parent;
    while (last.nextElementSibling && parseInt(last.nextElementSibling.dataset.depth || "0", 10) > depth) {
      last = last.nextElementSibling;
    }
    last.after(block);
    for (var node = block.previousElementSibling, level = parseInt(block.dataset.depth || "0", 10);
         node && level > 0; node = node.previousElementSibling) {
      var nodeDepth = parseInt(node.dataset.depth || "0", 10);
      if (nodeDepth >= level) continue;
      level = nodeDepth; // an ancestor: one more reply beneath it
      var count = node.querySelector(":scope > .fl-row .reply-count");
      var n = count ? parseInt(count.textContent, 10) + 1 : 1;
      if (count) count.textContent = countText(n);
      else {
        var row = node.querySelector(":scope > .fl-row:last-child");
        if (row) row.insertAdjacentHTML("afterbegin", '<span class="rt-Text rt-r-size-1 reply-count" data-accent-color="gray">' + countText(n) + "</span>");
      }
    }
    return true;
  }

  var socketOpen = false;
  var livePortUsable = true;
  function markLive(on) {
    var mark = document.getElementById("thread-live");
    if (mark) mark.hidden = !on;
  }

  function connect(attempt) {
    if (!thread || !window.WebSocket) return;
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    var shown = document.getElementById("comments");
    var version = shown ? shown.getAttribute("data-version") || "" : "";
    // The version of the list on screen: the server tells us of any change since, even one made before the
    // socket opened.
    // The live sockets' own listener (forum.http.live_server) when the page names its port; else this origin,
    // where the same route answers: also when the port could not be reached once (a proxy or a firewall in
    // front that only passes the main port), and for an IPv6 literal, which the CSP cannot name.
    var port = livePortUsable ? thread.dataset.livePort : "";
    var viaPort = !!port && location.hostname.charAt(0) !== "[";
    var host = viaPort ? location.hostname + ":" + port : location.host;
    var opened = false;
    var socket;
    try {
      socket = new WebSocket(scheme + host + "/_live/" + thread.dataset.threadId + "?v=" + encodeURIComponent(version));
    } catch (refused) { // a policy that forbids the port
      if (viaPort) { livePortUsable = false; connect(0); }
      return;
    }
    socket.onopen = function () {
      opened = true;
      socketOpen = true;
      markLive(true);
      if (attempt > 0) refresh(); // changes made while we were away
      attempt = 0;
    };
    socket.onmessage = function (event) {
      if (event.data && event.data === shownVersion()) return; // this tab already shows that version
      told = event.data || "";
      refresh();
    };
    var ended = false;
    // Chromium reports a socket its CSP forbids by "error" alone, never "close": both end this socket, once.
    socket.onerror = socket.onclose = function () {
      if (ended) return;
      ended = true;
      socketOpen = false;
      markLive(false);
      if (viaPort && !opened && attempt === 0) {
        livePortUsable = false; // never reached: use this origin from now on, at once
        connect(0);
        return;
      }
      var delay = Math.min(30000, 1000 * Math.pow(2, Math.min(attempt, 5)));
      setTimeout(function () { connect(attempt + 1); }, delay);
    };
  }

  // A permalink (#comment-N) marks its comment, also when the page was reached through the app's router
  // and reloaded, where the browser's own :target may not be set.
  function markTarget() {
    document.querySelectorAll(".comment.fl-target").forEach(function (el) { el.classList.remove("fl-target"); });
    var match = /^#comment-(\d+)$/.exec(location.hash);
    var target = match && document.getElementById("comment-" + match[1]);
    if (target) {
      target.classList.add("fl-target");
      target.scrollIntoView({ block: "start" });
    }
  }
  window.addEventListener("hashchange", markTarget);
  markTarget();
  // Quote-reply: text selected inside one comment shows a "Quote" button. It is a [data-action] button, so the
  // app's bridge sends (quote, comment id, selected text) to the composer; only members' pages boot the app.
  var quoteButton = null;
  var QUOTE_MAX = 1000;
  function hideQuote() { if (quoteButton) quoteButton.hidden = true; }
  function bodyOf(node) {
    var element = node && (node.nodeType === 1 ? node : node.parentElement);
    return element ? element.closest(".comment-body") : null;
  }
  // The part of the selection inside one comment's text: the comment it starts in (or, dragged from above
  // it, ends in). A selection running past that comment's end (a triple click selects up to the next block; a
  // drag overshoots into the margin or the next comment) is cut at the comment's edge rather than refused.
  function quotedRange(range) {
    var body = bodyOf(range.startContainer) || bodyOf(range.endContainer);
    if (!body || !body.dataset.commentId) return null;
    var clipped = range.cloneRange();
    if (!body.contains(range.startContainer)) clipped.setStart(body, 0);
    if (!body.contains(range.endContainer)) clipped.setEnd(body, body.childNodes.length);
    return { body: body, range: clipped };
  }
  function offerQuote() {
    var page = document.getElementById("fl-page");
    if (!thread || !page || !page.hasAttribute("data-viewer")) return;
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) { hideQuote(); return; }
    var quoted = quotedRange(selection.getRangeAt(0));
    var text = quoted ? quoted.range.toString().trim() : "";
    if (!text) { hideQuote(); return; }
    var start = quoted.body;
    var range = quoted.range;
    if (!quoteButton) {
      quoteButton = document.createElement("button");
      quoteButton.type = "button";
      quoteButton.id = "quote-selection";
      quoteButton.className = "rt-reset rt-BaseButton rt-r-size-1 rt-variant-solid rt-Button fl-quote-button";
      quoteButton.setAttribute("data-action", "quote");
      quoteButton.textContent = "Quote";
      page.appendChild(quoteButton); // inside the server page: the bridge only hears buttons there
    }
    var box = range.getBoundingClientRect();
    quoteButton.setAttribute("data-id", start.dataset.commentId);
    quoteButton.setAttribute("data-name", text.slice(0, QUOTE_MAX));
    quoteButton.style.top = (window.scrollY + box.bottom + 6) + "px";
    quoteButton.style.left = (window.scrollX + Math.max(8, Math.min(box.left, window.innerWidth - 90))) + "px";
    quoteButton.hidden = false;
  }
  document.addEventListener("mouseup", function (event) {
    if (event.target.closest && event.target.closest("#quote-selection")) return; // its click hides it
    setTimeout(offerQuote, 0);
  });
  document.addEventListener("keyup", function (event) { if (event.shiftKey) offerQuote(); });

  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("#quote-selection")) setTimeout(hideQuote, 0);
  });

  window.frontline = { refresh: refresh, showPosted: showPosted, publish: publish };
  connect(0);
})();
