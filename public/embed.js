/* Booking portal embed snippet (see the README, "Embed on your website").
   Inline: <script src="https://HOST/embed.js" data-path="/book" async></script> puts a frame where it stands.
   Popup: any element with data-booking-popup="/book?service=…" opens the app in a modal frame.
   Options (on the script, or on a popup trigger to override it): data-theme (light|dark|auto),
   data-brand (#rrggbb), data-transparent, data-lang, data-title. Events (DOM CustomEvents that bubble
   from the frame to the document): booking:ready, booking:booked, booking:rescheduled,
   booking:cancelled, booking:class-joined, booking:class-left, with detail {id, start, end, status}. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var appOrigin = new URL(script.src).origin;
  var PREFIX = "booking:";
  var EVENTS = ["ready", "booked", "rescheduled", "cancelled", "class-joined", "class-left"];
  var OPTIONS = ["theme", "brand", "transparent", "lang"];
  var registry = (window.__bookingEmbed = window.__bookingEmbed || {});

  function frameUrl(path, options) {
    var url = new URL(path || "/", appOrigin);
    if (url.origin !== appOrigin) url = new URL("/", appOrigin);
    url.searchParams.set("embed", "1");
    url.searchParams.set("host", window.location.origin);
    if (options.theme) url.searchParams.set("theme", options.theme);
    if (options.brand) url.searchParams.set("brand", options.brand);
    if (options.transparent != null) url.searchParams.set("transparent", "1");
    if (options.lang) url.searchParams.set("lang", options.lang);
    return url.toString();
  }

  // The snippet's own few words, in the frame's language (data-lang), else the host page's.
  var WORDS = {
    en: { title: "Online booking", close: "Close", open: "Open the booking page" },
    ar: { title: "الحجز عبر الإنترنت", close: "إغلاق", open: "افتح صفحة الحجز" },
    hi: { title: "ऑनलाइन बुकिंग", close: "बंद करें", open: "बुकिंग पेज खोलें" },
    pt: { title: "Agendamento online", close: "Fechar", open: "Abrir a página de agendamento" },
    es: { title: "Reservas en línea", close: "Cerrar", open: "Abrir la página de reservas" },
  };
  // How long a frame may take to say it is ready before the site owner and the visitor are told.
  var READY_WAIT_MS = 10000;
  function languageOf(options) {
    var tag = (options.lang || document.documentElement.lang || "en").toLowerCase();
    return tag.split("-")[0];
  }
  function wordsOf(options) {
    return WORDS[languageOf(options)] || WORDS.en;
  }

  // A popup trigger's own data-* options win over the script's; the title names one frame only.
  function optionsOf(element, fallback) {
    var options = {};
    OPTIONS.forEach(function (name) {
      var value = element.getAttribute("data-" + name);
      options[name] = value !== null ? value : fallback ? fallback[name] : null;
    });
    options.title = element.getAttribute("data-title") || wordsOf(options).title;
    return options;
  }

  function createFrame(path, options) {
    var frame = document.createElement("iframe");
    frame.src = frameUrl(path, options);
    frame.title = options.title;
    frame.setAttribute("allow", "clipboard-write");
    frame.style.cssText =
      "display:block;width:100%;border:0;min-height:320px;height:600px;background:transparent;";
    watchReady(frame, path, options);
    return frame;
  }

  // A browser shows a refused frame (a site not on EMBED_ALLOWED_ORIGINS, the portal down) as a grey
  // error page and tells the page nothing. The app says booking:ready once it runs in the frame;
  // without it the site owner learns why in the console and the visitor gets a link to the portal.
  function watchReady(frame, path, options) {
    setTimeout(function () {
      if (frame.__bookingReady || !frame.isConnected) return;
      var direct = new URL(path || "/", appOrigin);
      if (direct.origin !== appOrigin) direct = new URL("/", appOrigin);
      console.warn(
        "Booking embed: the booking page did not load in its frame within " +
          READY_WAIT_MS / 1000 +
          " s. If this site (" +
          window.location.origin +
          ") is not on the portal's EMBED_ALLOWED_ORIGINS, the browser refuses to show it here; add it there. Visitors get a link to " +
          direct.origin +
          " meanwhile.",
      );
      var link = document.createElement("a");
      link.href = direct.toString();
      link.target = "_blank";
      link.rel = "noopener";
      link.textContent = wordsOf(options).open;
      link.setAttribute("data-booking-fallback", "");
      link.style.cssText =
        "display:inline-block;margin:12px 0;font:inherit;color:inherit;text-decoration:underline;";
      frame.style.display = "none";
      frame.parentNode.insertBefore(link, frame.nextSibling);
    }, READY_WAIT_MS);
  }

  function frameOf(source) {
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source) return frames[i];
    return null;
  }

  // One listener per app origin, however many snippets and frames the page holds.
  if (!registry[appOrigin]) {
    registry[appOrigin] = true;
    window.addEventListener("message", function (event) {
      var data = event.data;
      if (event.origin !== appOrigin || !data || typeof data.type !== "string") return;
      if (data.type.indexOf(PREFIX) !== 0) return;
      var frame = frameOf(event.source);
      if (!frame) return;
      var name = data.type.slice(PREFIX.length);
      if (name === "ready") frame.__bookingReady = true;
      if (name === "escape") {
        if (frame.__bookingDismiss) frame.__bookingDismiss();
      } else if (name === "resize") {
        var height = Math.ceil(Number(data.height));
        if (frame.__bookingDismiss || !(height > 0 && height < 100000)) return;
        frame.style.minHeight = "0";
        frame.style.height = height + "px";
      } else if (EVENTS.indexOf(name) !== -1) {
        var detail = data.detail || {};
        frame.dispatchEvent(
          new CustomEvent(PREFIX + name, {
            bubbles: true,
            detail: { id: detail.id, start: detail.start, end: detail.end, status: detail.status },
          }),
        );
      }
    });
  }

  var scriptOptions = optionsOf(script, null);
  var path = script.getAttribute("data-path");
  if (path !== null && script.parentNode) {
    script.parentNode.insertBefore(createFrame(path, scriptOptions), script.nextSibling);
  }

  if (registry.popup) return;
  registry.popup = true;
  var popupCount = 0;

  function openPopup(trigger) {
    var options = optionsOf(trigger, scriptOptions);
    // On a phone the popup is the whole screen; elsewhere a centred dialog over the dimmed page.
    // The screen too: a site without a viewport tag lays a phone out 980 px wide.
    var phone = window.matchMedia("(max-width: 640px)").matches || window.screen.width <= 640;
    var backdrop = document.createElement("div");
    backdrop.style.cssText =
      "position:fixed;inset:0;z-index:2147483000;background:rgba(15,18,24,.6);display:flex;align-items:center;justify-content:center;" +
      (phone ? "padding:0;" : "padding:16px;");
    var dialog = document.createElement("div");
    dialog.setAttribute("role", "dialog");
    dialog.setAttribute("aria-modal", "true");
    var titleId = "booking-popup-title-" + ++popupCount;
    dialog.setAttribute("aria-labelledby", titleId);
    // The close button sits at the end of the bar: on the left in Arabic.
    dialog.setAttribute("dir", languageOf(options) === "ar" ? "rtl" : "ltr");
    dialog.style.cssText =
      "display:flex;flex-direction:column;width:100%;background:#fff;overflow:hidden;" +
      (phone
        ? "height:100%;"
        : "max-width:1040px;height:min(90vh,900px);border-radius:14px;box-shadow:0 20px 60px rgba(0,0,0,.35);");
    var bar = document.createElement("div");
    bar.style.cssText =
      "display:flex;align-items:center;justify-content:space-between;gap:8px;padding:8px 8px 8px 16px;border-bottom:1px solid #d7dbe2;color:#111;font:600 16px/1.3 system-ui,sans-serif;";
    if (languageOf(options) === "ar") bar.style.padding = "8px 16px 8px 8px";
    var heading = document.createElement("span");
    heading.id = titleId;
    heading.textContent = options.title;
    var close = document.createElement("button");
    close.type = "button";
    close.setAttribute("aria-label", wordsOf(options).close);
    close.textContent = "\u00d7";
    close.style.cssText =
      "flex:none;width:44px;height:44px;border:0;border-radius:22px;background:#fff;color:#111;font-size:28px;line-height:1;cursor:pointer;outline-offset:-3px;";
    var frame = createFrame(trigger.getAttribute("data-booking-popup"), options);
    frame.style.height = "auto";
    frame.style.minHeight = "0";
    frame.style.flex = "1";
    bar.appendChild(heading);
    bar.appendChild(close);
    dialog.appendChild(bar);
    dialog.appendChild(frame);
    backdrop.appendChild(dialog);

    // Everything else on the page is out of reach (and of screen readers) while the popup is open.
    var inerted = [];
    for (var i = 0; i < document.body.children.length; i++) {
      var child = document.body.children[i];
      if (!child.inert) {
        child.inert = true;
        inerted.push(child);
      }
    }
    var previousOverflow = document.documentElement.style.overflow;
    function dismiss() {
      document.removeEventListener("keydown", onKey, true);
      document.removeEventListener("focusin", onFocusIn, true);
      inerted.forEach(function (element) {
        element.inert = false;
      });
      backdrop.remove();
      document.documentElement.style.overflow = previousOverflow;
      if (trigger.focus) trigger.focus();
    }
    // Keys pressed inside the frame never reach this page: the app sends booking:escape instead.
    function onKey(event) {
      if (event.key === "Escape") {
        event.preventDefault();
        dismiss();
      } else if (event.key === "Tab" && event.shiftKey && document.activeElement === close) {
        event.preventDefault();
        frame.focus();
      }
    }
    // Tabbing out of the frame would land on the browser's own controls or the page: bring it back.
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
