/*
 * XML highlighting for the layout editor: the textarea stays the real, accessible field; a <pre>
 * behind it, hidden from assistive technology, shows the same text coloured (tags, attributes,
 * values, comments, CDATA, $F{}/$P{}/$V{} references). No library, nothing from another site.
 */
(function () {
  'use strict';

  function escape(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  var TOKEN = /(<!--[\s\S]*?(?:-->|$))|(<!\[CDATA\[[\s\S]*?(?:\]\]>|$))|(<\/?[\w:.-]+)|(\s[\w:.-]+)(=)("[^"]*"?|'[^']*'?)|(\/?>)|(\$[FPVR]\{[^}]*\})/g;

  function highlight(text) {
    var out = '';
    var last = 0;
    text.replace(TOKEN, function (m, comment, cdata, tag, attr, eq, value, close, ref, offset) {
      out += escape(text.slice(last, offset));
      if (comment) {
        out += '<span class="xml-kommentar">' + escape(comment) + '</span>';
      } else if (cdata) {
        out += '<span class="xml-cdata">' + escape(cdata).replace(/\$[FPVR]\{[^}]*\}/g,
          function (r) { return '<span class="xml-referens">' + r + '</span>'; }) + '</span>';
      } else if (tag) {
        out += '<span class="xml-tagg">' + escape(tag) + '</span>';
      } else if (attr) {
        out += '<span class="xml-attribut">' + escape(attr) + '</span>' + eq + '<span class="xml-varde">' + escape(value) + '</span>';
      } else if (close) {
        out += '<span class="xml-tagg">' + escape(close) + '</span>';
      } else if (ref) {
        out += '<span class="xml-referens">' + escape(ref) + '</span>';
      }
      last = offset + m.length;
      return m;
    });
    return out + escape(text.slice(last)) + '\n';
  }

  function attach(area) {
    var pre = document.createElement('pre');
    pre.className = 'xml-markering';
    pre.setAttribute('aria-hidden', 'true');
    area.parentNode.insertBefore(pre, area);
    area.classList.add('xml-aktiv');
    function update() {
      pre.innerHTML = highlight(area.value);
      pre.scrollTop = area.scrollTop;
      pre.scrollLeft = area.scrollLeft;
    }
    area.addEventListener('input', update);
    area.addEventListener('scroll', function () {
      pre.scrollTop = area.scrollTop;
      pre.scrollLeft = area.scrollLeft;
    });
    update();
  }

  function start() {
    var areas = document.querySelectorAll('textarea.xml-redigerare');
    for (var i = 0; i < areas.length; i++) {
      attach(areas[i]);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
