// The Reflex side of Frontline's server-rendered pages (see forum/components/islands.py).
import { createElement, useEffect, useLayoutEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";

function serverPage() {
  return window.__flPage || document.getElementById("fl-page");
}

// Keeps the server-rendered page in the document: if React ever client-renders the whole document (a
// hydration it had to abandon), the page is put back before the browser paints.
export function KeepServerPage() {
  useLayoutEffect(() => {
    const page = window.__flPage;
    if (page && !page.isConnected) document.body.prepend(page);
  });
  return null;
}

// On a route whose content is server-rendered, reach the server page for this URL: a client-side
// navigation (a React Router link) has no server page in the document, so load the document instead.
export function ServerPageGuard() {
  useEffect(() => {
    const page = serverPage();
    if (!page || page.dataset.path !== window.location.pathname) {
      // reload(), not assign(href): the URL may differ from the document's only by its #fragment (a
      // permalink), which assign() would treat as a jump within the old document.
      window.location.reload();
    } else if (page.dataset.title) {
      document.title = page.dataset.title;
    }
  }, []);
  return null;
}

// Renders its children into the element with id `target` inside the server page.
export function Slot({ target, children }) {
  const [host, setHost] = useState(null);
  useLayoutEffect(() => {
    const el = document.getElementById(target);
    if (el) {
      el.querySelectorAll(".fl-app-wait").forEach((node) => node.remove());
    }
    setHost(el);
  }, [target]);
  return host ? createPortal(children, host) : null;
}

// Sends clicks on the server page's `[data-action]` buttons to a Reflex event: (action, id, name).
export function ActionBridge({ onAction }) {
  const handler = useRef(onAction);
  handler.current = onAction;
  useEffect(() => {
    const listener = (event) => {
      const button = event.target.closest && event.target.closest("[data-action]");
      const page = serverPage();
      if (!button || !page || !page.contains(button)) return;
      event.preventDefault();
      const menu = button.closest("details");
      if (menu) menu.removeAttribute("open");
      handler.current(button.dataset.action, parseInt(button.dataset.id || "0", 10), button.dataset.name || "");
    };
    document.addEventListener("click", listener);
    // A click that came before the app had booted (frontline.js kept it): act on it now.
    window.__flBridgeReady = true;
    const pending = window.__flPendingAction;
    window.__flPendingAction = null;
    if (pending) handler.current(pending.action, pending.id, pending.name);
    return () => {
      window.__flBridgeReady = false;
      document.removeEventListener("click", listener);
    };
  }, []);
  return null;
}

// What the last action did, as a line inside the page block it concerns (`anchor`: a comment's id, or the
// thread's action bar). The comment list is redrawn from the server after every change (frontline.js, which
// then dispatches "frontline:refreshed"), so the line is put back after each redraw; when the block itself
// is gone (a deleted comment), the line stays where the block was. A new result (stamp) replaces it.
export function InPlaceNote({ anchor, text, tone, stamp }) {
  const where = useRef({ previous: "", next: "", scrolled: -1 });
  useLayoutEffect(() => {
    const block = anchor ? document.getElementById(anchor) : null;
    if (block) {
      const previous = block.previousElementSibling;
      const next = block.nextElementSibling;
      where.current.previous = previous && previous.id ? previous.id : "";
      where.current.next = next && next.id ? next.id : "";
    }
    const place = () => {
      document.querySelectorAll(".fl-result").forEach((node) => node.remove());
      if (!anchor || !text) return;
      const note = document.createElement("p");
      note.className = "rt-Text rt-r-size-2 fl-result";
      note.dataset.tone = tone;
      note.dataset.for = anchor;
      note.setAttribute("data-accent-color", tone === "error" ? "red" : "teal");
      note.setAttribute("role", tone === "error" ? "alert" : "status");
      note.textContent = text;
      const host = document.getElementById(anchor);
      const next = where.current.next && document.getElementById(where.current.next);
      const previous = where.current.previous && document.getElementById(where.current.previous);
      if (host) host.appendChild(note);
      else if (next) next.before(note);
      else if (previous) previous.after(note);
      else return;
      if (where.current.scrolled !== stamp) {
        where.current.scrolled = stamp;
        note.scrollIntoView({ block: "nearest" });
      }
    };
    place();
    document.addEventListener("frontline:refreshed", place);
    return () => {
      document.removeEventListener("frontline:refreshed", place);
      document.querySelectorAll(".fl-result").forEach((node) => node.remove());
    };
  }, [anchor, text, tone, stamp]);
  return null;
}

// "Wait 42 s": the seconds flood control asked for, counted down on this device from when they arrived (a new
// `stamp` starts over), so no clock has to agree with the server's. At zero it calls onDone once.
function waitLabel(seconds) {
  if (seconds < 60) return `Wait ${seconds} s`;
  const rest = seconds % 60;
  return `Wait ${Math.floor(seconds / 60)}:${rest < 10 ? "0" : ""}${rest}`;
}

export function Countdown({ seconds, stamp, onDone, id }) {
  const [left, setLeft] = useState(seconds);
  const done = useRef(onDone);
  done.current = onDone;
  useEffect(() => {
    const deadline = Date.now() + seconds * 1000;
    let fired = false;
    const tick = () => {
      const remaining = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      setLeft(remaining);
      if (remaining === 0 && !fired) {
        fired = true;
        clearInterval(timer);
        if (done.current) done.current();
      }
    };
    const timer = setInterval(tick, 250);
    tick();
    return () => clearInterval(timer);
  }, [seconds, stamp]);
  return createElement("span", { id, "data-seconds": String(left), role: "timer" }, waitLabel(left));
}

export default { KeepServerPage, ServerPageGuard, Slot, ActionBridge, InPlaceNote, Countdown, createElement };
