/* Booking portal embed snippet. Inline: <script src="https://HOST/embed.js" data-path="/book" async></script>
   Popup: any element with data-booking-popup="/book?service=…". Options: data-theme (light|dark|auto),
   data-brand (#rrggbb), data-transparent, data-lang, data-title. Events on the frame (they bubble):
   booking:ready, booking:booked, booking:rescheduled, booking:cancelled, booking:class-joined,
   booking:class-left, each with {id, start, end, status}. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var appOrigin = new URL(script.src).origin;
  var PREFIX = "booking:";
  var EVENTS = ["ready", "booked", "rescheduled", "cancelled", "class-joined", "class-left"];

  function frameUrl(path, options) {
    var url = new URL(path || "/", appOrigin);
    if (url.origin !== appOrigin) url = new URL("/", appOrigin);
    url.searchParams.set("embed", "1");
    url.searchParams.set("host", window.location.origin);
    if (options.theme) url.searchParams.set("theme", options.theme);
    if (options.brand) url.searchParams.set("brand", options.brand);
    if (options.transparent != null) url.searchParams.set("transparent", "1");
    if (options.lang) url.searchParams.set("lang", options.lang);
    if (options.popup) url.searchParams.set("popup", "1");
    return url.toString();
  }

  function optionsOf(element) {
    return {
      theme: element.getAttribute("data-theme"),
      brand: element.getAttribute("data-brand"),
      transparent: element.getAttribute("data-transparent"),
      lang: element.getAttribute("data-lang"),
      title: element.getAttribute("data-title") || "Online booking",
    };
  }

  function createFrame(path, options) {
    var frame = document.createElement("iframe");
    frame.src = frameUrl(path, options);
    frame.title = options.title;
    frame.setAttribute("allow", "clipboard-write");
    frame.setAttribute("allowtransparency", "true");
    frame.style.cssText = "display:block;width:100%;border:0;min-height:320px;height:600px;background:transparent;";
    return frame;
  }

  // One listener for every frame this page holds: size them and re-dispatch their events.
  if (!window.__bookingEmbedListening) {
    window.__bookingEmbedListening = {};
  }
  if (!window.__bookingEmbedListening[appOrigin]) {
    window.__bookingEmbedListening[appOrigin] = true;
    window.addEventListener("message", function (event) {
      if (event.origin !== appOrigin || !event.data || typeof event.data.type !== "string") return;
      if (event.data.type.indexOf(PREFIX) !== 0) return;
      var frames = document.querySelectorAll("iframe");
      var frame = null;
      for (var i = 0; i < frames.length; i++) {
        if (frames[i].contentWindow === event.source) frame = frames[i];
      }
      if (!frame) return;
      var name = event.data.type.slice(PREFIX.length);
      if (name === "escape") {
        if (frame.__bookingDismiss) frame.__bookingDismiss();
        return;
      }
      if (name === "resize") {
        var height = Math.ceil(Number(event.data.height));
        if (height > 0 && height < 100000 && !frame.__bookingPopup) frame.style.height = height + "px";
        return;
      }
      if (EVENTS.indexOf(name) === -1) return;
      var detail = event.data.detail || {};
      frame.dispatchEvent(
        new CustomEvent(PREFIX + name, {
          bubbles: true,
          detail: { id: detail.id, start: detail.start, end: detail.end, status: detail.status },
        }),
      );
    });
  }

  var path = script.getAttribute("data-path");
  if (path !== null && script.parentNode) {
    script.parentNode.insertBefore(createFrame(path, optionsOf(script)), script.nextSibling);
  }

  if (window.__bookingPopupReady) return;
  window.__bookingPopupReady = true;

  var focusable = 'a[href],button:not([disabled]),iframe,[tabindex]:not([tabindex="-1"])';

  function openPopup(trigger) {
    var options = optionsOf(trigger);
    options.popup = true;
    var backdrop = document.createElement("div");
    backdrop.style.cssText =
      "position:fixed;inset:0;z-index:2147483000;background:rgba(15,18,24,.6);display:flex;align-items:center;justify-content:center;padding:16px;";
    var dialog = document.createElement("div");
    dialog.setAttribute("role", "dialog");
    dialog.setAttribute("aria-modal", "true");
    dialog.setAttribute("aria-label", options.title);
    dialog.style.cssText =
      "position:relative;width:100%;max-width:720px;height:min(90vh,900px);background:#fff;border-radius:14px;overflow:hidden;box-shadow:0 20px 60px rgba(0,0,0,.35);";
    var close = document.createElement("button");
    close.type = "button";
    close.setAttribute("aria-label", "Close");
    close.textContent = "\u00d7";
    close.style.cssText =
      "position:absolute;top:8px;right:8px;z-index:1;width:44px;height:44px;border:0;border-radius:22px;background:#fff;color:#111;font-size:28px;line-height:1;cursor:pointer;box-shadow:0 1px 4px rgba(0,0,0,.3);";
    var frame = createFrame(trigger.getAttribute("data-booking-popup"), options);
    frame.__bookingPopup = true;
    frame.style.height = "100%";
    dialog.appendChild(close);
    dialog.appendChild(frame);
    backdrop.appendChild(dialog);

    var previousOverflow = document.documentElement.style.overflow;
    function dismiss() {
      document.removeEventListener("keydown", onKey, true);
      document.removeEventListener("focusin", onFocusIn, true);
      backdrop.remove();
      document.documentElement.style.overflow = previousOverflow;
      if (trigger.focus) trigger.focus();
    }
    function onKey(event) {
      if (event.key === "Escape") {
        event.preventDefault();
        dismiss();
      } else if (event.key === "Tab") {
        var items = dialog.querySelectorAll(focusable);
        var first = items[0];
        var last = items[items.length - 1];
        if (event.shiftKey && document.activeElement === first) {
          event.preventDefault();
          last.focus();
        } else if (!event.shiftKey && document.activeElement === last) {
          event.preventDefault();
          first.focus();
        }
      }
    }
    // Tab out of the frame lands on the host page: bring it back into the dialog.
    function onFocusIn(event) {
      if (!dialog.contains(event.target)) close.focus();
    }
    frame.__bookingDismiss = dismiss;
    close.addEventListener("click", dismiss);
    backdrop.addEventListener("click", function (event) {
      if (event.target === backdrop) dismiss();
    });
    document.addEventListener("keydown", onKey, true);
    document.addEventListener("focusin", onFocusIn, true);
    document.documentElement.style.overflow = "hidden";
    document.body.appendChild(backdrop);
    close.focus();
  }

  document.addEventListener("click", function (event) {
    var trigger = event.target.closest ? event.target.closest("[data-booking-popup]") : null;
    if (!trigger) return;
    event.preventDefault();
    openPopup(trigger);
  });
})();
