package org.quotetrace.export;

/**
 * The style sheet and script inlined in every HTML page, so that a page is one self-contained file.
 *
 * <p>Both sit in CDATA sections hidden in comments: an HTML parser sees plain CSS and JavaScript, an XML
 * parser sees character data, so the page stays well-formed XML although the script uses {@code <} and
 * {@code &}.
 */
final class PageAssets {
  private PageAssets() {}

  /** The system font stacks: no web fonts, nothing fetched. */
  static final String SANS =
      "system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,\"Noto Sans\",sans-serif";

  /** Returns the style element for a page. */
  static String style() {
    StringBuilder colors = new StringBuilder();
    for (Sources.Color c : Sources.PALETTE) {
      colors.append(colorRule(c));
    }
    colors.append(colorRule(Sources.NEUTRAL));
    return "<style>/*<![CDATA[*/\n" + CSS.replace("$SANS", SANS) + colors + "/*]]>*/</style>\n";
  }

  private static String colorRule(Sources.Color c) {
    return ".c-" + c.name() + "{--bg:" + c.background() + ";--ac:" + c.accent() + "}\n";
  }

  /** Returns the script element for an article page. */
  static String script() {
    return "<script>//<![CDATA[\n" + JS + "//]]></script>\n";
  }

  private static final String CSS = """
      *{box-sizing:border-box}
      html{-webkit-text-size-adjust:100%}
      body{margin:0;background:#f3f4f6;color:#111827;font:16px/1.55 $SANS}
      a{color:#1d4ed8}
      .top{background:#fff;border-bottom:1px solid #e5e7eb}
      .top>div{max-width:1240px;margin:0 auto;padding:1.1rem 1.5rem 1.2rem}
      .brand{margin:0;font-size:.72rem;font-weight:700;letter-spacing:.09em;text-transform:uppercase;color:#4b5563}
      h1{margin:.2rem 0 .35rem;font-size:1.55rem;line-height:1.25;letter-spacing:-.01em}
      .meta{margin:0;color:#374151;font-size:.95rem}
      .meta span+span::before{content:"\\00b7";margin:0 .45em;color:#9ca3af}
      .stats{display:flex;flex-wrap:wrap;gap:.5rem;margin:.7rem 0 0;padding:0;list-style:none}
      .stats li{background:#f3f4f6;border:1px solid #e5e7eb;border-radius:999px;padding:.05rem .7rem;font-size:.85rem;
        color:#374151}
      .stats b{color:#111827}
      .layout{max-width:1240px;margin:1.25rem auto 2rem;padding:0 1.5rem;display:grid;
        grid-template-columns:minmax(0,1fr) 21rem;gap:1.25rem;align-items:start}
      .main{display:grid;gap:1.25rem;min-width:0}
      .box{background:#fff;border:1px solid #e5e7eb;border-radius:12px;padding:1.25rem 1.5rem}
      .box>h2,.panel h2{margin:0 0 .75rem;font-size:.78rem;font-weight:700;letter-spacing:.07em;
        text-transform:uppercase;color:#4b5563}
      .text{padding:1.5rem 2rem}
      .text p{margin:0 0 1em;font-size:1.06rem;line-height:1.8;overflow-wrap:anywhere}
      .text p:last-child{margin-bottom:0}
      .q{background:var(--bg);color:inherit;border-bottom:2px solid var(--ac);border-radius:3px 3px 0 0;
        padding:.12em 0;-webkit-box-decoration-break:clone;box-decoration-break:clone;cursor:pointer;
        transition:background-color .15s}
      .q .q{border-bottom-style:double;border-bottom-width:3px}
      .cue{text-decoration:underline;text-decoration-color:var(--ac);text-decoration-thickness:2px;
        text-underline-offset:.22em;font-weight:600;cursor:pointer}
      .who{box-shadow:0 0 0 1.5px var(--ac);border-radius:4px;-webkit-box-decoration-break:clone;
        box-decoration-break:clone;cursor:pointer}
      .q:focus{outline:none}
      .q:focus-visible,.q.active{outline:3px solid var(--ac);outline-offset:2px}
      .filtering .q:not(.on){background:transparent;border-bottom-color:#d1d5db}
      .filtering .cue:not(.on){text-decoration-color:#d1d5db}
      .filtering .who:not(.on){box-shadow:0 0 0 1px #d1d5db}
      .panel{position:sticky;top:1rem;max-height:calc(100vh - 2rem);overflow:auto;display:grid;gap:1.25rem}
      .panel h3{margin:1rem 0 .35rem;font-size:.85rem;font-weight:650;color:#111827;display:flex;
        justify-content:space-between}
      .panel h3:first-of-type{margin-top:0}
      .panel h3 small{color:#4b5563;font-weight:400}
      .spk{list-style:none;margin:0;padding:0}
      .spk button,.spk .item{display:flex;align-items:center;gap:.6rem;width:100%;text-align:left;background:none;
        border:1px solid transparent;border-radius:8px;padding:.35rem .5rem;font:inherit;font-size:.92rem;
        line-height:1.3;color:inherit;cursor:pointer}
      .spk button:hover{background:#f3f4f6}
      .spk button:focus-visible{outline:3px solid #1d4ed8;outline-offset:1px}
      .spk button[aria-pressed="true"]{background:var(--bg);border-color:var(--ac)}
      .sw{flex:none;width:.95rem;height:.95rem;border-radius:50%;background:var(--bg);border:2.5px solid var(--ac)}
      .sw.sq{border-radius:3px}
      .nm{flex:1;min-width:0;overflow-wrap:anywhere}
      .nm small{display:block;color:#4b5563;font-size:.78rem}
      .ct{flex:none;min-width:1.6rem;text-align:center;font-variant-numeric:tabular-nums;font-size:.78rem;
        font-weight:600;background:#f3f4f6;border:1px solid #e5e7eb;border-radius:999px;padding:0 .45rem;
        color:#374151}
      .hint{margin:.75rem 0 0;font-size:.8rem;color:#4b5563}
      .legend{list-style:none;margin:0;padding:0;display:grid;gap:.45rem;font-size:.9rem}
      .legend .ex{display:inline-block;min-width:5.5rem}
      .graph{overflow-x:auto}
      .graph svg{display:block;max-width:100%;height:auto}
      .stmts{width:100%;border-collapse:collapse;font-size:.9rem}
      .stmts th{text-align:left;font-size:.75rem;text-transform:uppercase;letter-spacing:.05em;color:#4b5563;
        border-bottom:1px solid #e5e7eb;padding:.3rem .5rem}
      .stmts td{border-bottom:1px solid #f3f4f6;padding:.45rem .5rem;vertical-align:top}
      .stmts td.n{font-variant-numeric:tabular-nums;color:#4b5563}
      .stmts td.txt{width:60%}
      .stmts .chip{white-space:normal}
      .chip{display:inline-block;background:var(--bg);border:1px solid var(--ac);border-radius:8px;padding:0 .5rem;
        margin:0 .25rem .25rem 0;font-size:.82rem;line-height:1.5;white-space:nowrap}
      .kind{font-size:.8rem;color:#374151;white-space:nowrap}
      .card{position:absolute;z-index:10;width:min(23rem,calc(100vw - 1.5rem));background:#fff;color:#111827;
        border:1px solid #d1d5db;border-top:5px solid var(--ac,#4b5563);border-radius:10px;
        box-shadow:0 12px 32px rgba(17,24,39,.2);padding:.8rem 1rem .9rem;font-size:.9rem;line-height:1.45}
      .card[hidden]{display:none}
      .card h2{margin:0;font-size:1.05rem;padding-right:1.5rem}
      .card .sub{margin:.1rem 0 .55rem;color:#4b5563;font-size:.85rem}
      .card dl{display:grid;grid-template-columns:auto minmax(0,1fr);gap:.2rem .8rem;margin:0}
      .card .row{display:contents}
      .card .row[hidden]{display:none}
      .card dt{color:#4b5563}
      .card dd{margin:0;overflow-wrap:anywhere}
      .card .bar{display:inline-block;vertical-align:middle;width:5rem;height:.45rem;background:#e5e7eb;
        border-radius:999px;overflow:hidden;margin-right:.4rem}
      .card .bar span{display:block;height:100%;background:var(--ac,#4b5563)}
      .card button{position:absolute;top:.45rem;right:.5rem;border:0;background:none;font:inherit;font-size:1.2rem;
        line-height:1;color:#4b5563;cursor:pointer;padding:.2rem .35rem;border-radius:6px}
      .card button:focus-visible{outline:3px solid #1d4ed8}
      .foot{max-width:1240px;margin:0 auto 2rem;padding:0 1.5rem;color:#4b5563;font-size:.8rem}
      .index .num{text-align:right;font-variant-numeric:tabular-nums}
      @media (max-width:900px){
      .layout{grid-template-columns:minmax(0,1fr);padding:0 .75rem;margin-top:.75rem}
      .top>div{padding:.9rem .9rem 1rem}
      h1{font-size:1.3rem}
      .panel{position:static;max-height:none}
      .text{padding:1.1rem 1.1rem}
      .box{padding:1rem 1.1rem}
      .card{position:fixed;left:.75rem!important;right:.75rem;top:auto!important;bottom:.75rem;width:auto}
      .stmts .hide-narrow{display:none}
      }
      @media print{.panel{position:static}.card{display:none}body{background:#fff}}
      """;

  private static final String JS = """
      (function () {
        'use strict';
        var doc = document, root = doc.documentElement;
        root.classList.add('js');
        var card = doc.getElementById('qt-card');
        var pinned = null;
        function fnv(s) {
          var h = 0x811c9dc5;
          for (var i = 0; i < s.length; i++) { h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0; }
          return ('0000000' + h.toString(16)).slice(-8);
        }
        function parts(i, cls) {
          return Array.prototype.filter.call(doc.querySelectorAll('[data-stmt="' + i + '"]'),
              function (e) { return e.matches(cls); });
        }
        function headOf(el) { return el ? doc.getElementById('s' + el.getAttribute('data-stmt')) : null; }
        // Proves, in the rendered DOM, that each statement's fragments join up to its content.
        var heads = doc.querySelectorAll('mark.q[id]');
        heads.forEach(function (h) {
          var text = '';
          parts(h.getAttribute('data-stmt'), 'mark.q').forEach(function (p) { text += p.textContent; });
          h.setAttribute('data-rendered-length', String(text.length));
          h.setAttribute('data-rendered-hash', fnv(text));
        });
        function slot(name, value) {
          var el = doc.getElementById('qt-card-' + name);
          el.textContent = value;
          var row = el.closest('[data-row]');
          if (row) { row.hidden = !value; }
        }
        function setActive(i) {
          doc.querySelectorAll('.active').forEach(function (e) { e.classList.remove('active'); });
          if (i !== null) { parts(i, 'mark.q').forEach(function (e) { e.classList.add('active'); }); }
        }
        function show(el) {
          var h = headOf(el);
          if (!h || !card) { return; }
          var g = function (a) { return h.getAttribute('data-' + a) || ''; };
          slot('name', g('speaker'));
          slot('sub', [g('type'), g('role')].filter(Boolean).join(' \\u00b7 '));
          slot('kind', g('kind'));
          slot('cue', g('cue'));
          slot('chain', g('chain'));
          slot('rule', g('rule'));
          slot('conf', g('confidence'));
          slot('span', '[' + g('begin') + ', ' + g('end') + ')');
          doc.getElementById('qt-card-bar').style.width = Math.round(parseFloat(g('confidence')) * 100) + '%';
          card.style.setProperty('--ac', getComputedStyle(h).getPropertyValue('--ac'));
          card.hidden = false;
          // Below the highlight's last line, which for a long quote is nearer than its box's bottom-left.
          var rects = el.getClientRects();
          var r = rects.length ? rects[rects.length - 1] : el.getBoundingClientRect();
          var w = card.offsetWidth;
          var left = Math.max(8, Math.min(r.left, root.clientWidth - w - 8));
          card.style.left = (left + window.scrollX) + 'px';
          card.style.top = (r.bottom + window.scrollY + 8) + 'px';
          setActive(h.getAttribute('data-stmt'));
        }
        function hide() {
          if (pinned || !card) { return; }
          card.hidden = true;
          setActive(null);
        }
        function unpin() { pinned = null; hide(); }
        doc.addEventListener('mouseover', function (e) {
          if (pinned) { return; }
          var el = e.target.closest('[data-stmt]');
          if (el) { show(el); } else if (!card.contains(e.target)) { hide(); }
        });
        doc.addEventListener('focusin', function (e) {
          var el = e.target.closest('[data-stmt]');
          if (el) { pinned = null; show(el); }
        });
        doc.addEventListener('focusout', function (e) {
          if (e.target.closest('[data-stmt]') && !pinned) { hide(); }
        });
        doc.addEventListener('click', function (e) {
          var el = e.target.closest('[data-stmt]');
          if (el) {
            var h = headOf(el);
            if (pinned === h) { unpin(); } else { pinned = h; show(el); }
          } else if (card && !card.contains(e.target)) { unpin(); }
        });
        doc.addEventListener('keydown', function (e) {
          if (e.key === 'Escape') {
            var back = pinned;
            unpin();
            if (back) { back.focus(); }
          } else if ((e.key === 'Enter' || e.key === ' ') && e.target.matches && e.target.matches('mark.q[id]')) {
            e.preventDefault();
            if (pinned === e.target) { unpin(); } else { pinned = e.target; show(e.target); }
          }
        });
        var close = doc.getElementById('qt-card-close');
        if (close) { close.addEventListener('click', function (e) { e.stopPropagation(); unpin(); }); }
        var buttons = doc.querySelectorAll('button[data-source]');
        buttons.forEach(function (b) {
          b.addEventListener('click', function () {
            var on = b.getAttribute('aria-pressed') !== 'true';
            buttons.forEach(function (o) { o.setAttribute('aria-pressed', 'false'); });
            doc.querySelectorAll('.on').forEach(function (e) { e.classList.remove('on'); });
            doc.body.classList.toggle('filtering', on);
            if (on) {
              b.setAttribute('aria-pressed', 'true');
              var id = b.getAttribute('data-source');
              doc.querySelectorAll('[data-ids~="' + id + '"]').forEach(function (m) {
                m.classList.add('on');
                parts(m.getAttribute('data-stmt'), '.cue, .who').forEach(function (x) { x.classList.add('on'); });
              });
            }
          });
        });
        // A link to #s3 (from the statement table, or shared) opens that statement's details.
        function fromHash() {
          var m = /^#s(\\d+)$/.exec(window.location.hash);
          var h = m ? doc.getElementById('s' + m[1]) : null;
          if (h) { pinned = h; show(h); }
        }
        window.addEventListener('hashchange', fromHash);
        fromHash();
        root.setAttribute('data-qt-ready', String(heads.length));
      })();
      """;
}
