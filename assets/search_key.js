// The "/" key focuses the header's search box, on the server-rendered pages and in the Reflex app alike
// (both load this file; a member's thread page loads it twice, hence the guard). Typing "/" in a text
// field is left alone.
(function () {
  "use strict";
  if (window.__flSearchKey) return;
  window.__flSearchKey = true;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    var box = document.querySelector("[data-search-box]");
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
})();
