// Readout: the upload form. Writes into the page with textContent only (never innerHTML).
(function () {
  'use strict';
  var form = document.getElementById('upload-form');
  if (!form) return;
  var progress = document.getElementById('upload-progress');
  var result = document.getElementById('upload-result');

  function el(tag, text) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function poll() {
    fetch('/api/ingest/status').then(function (r) { return r.json(); }).then(function (s) {
      if (s.running) progress.textContent = s.phase + ': ' + s.files_done + ' of ' + s.files_total + ' files';
    }).catch(function () {});
  }

  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    var token = document.getElementById('token').value;
    var files = document.getElementById('files').files;
    var data = new FormData();
    for (var i = 0; i < files.length; i++) data.append('files', files[i], files[i].name);
    result.textContent = '';
    progress.textContent = 'uploading…';
    var timer = setInterval(poll, 500);
    fetch('/api/documents', { method: 'POST', body: data, headers: { 'Authorization': 'Bearer ' + token } })
      .then(function (r) { return r.json().then(function (body) { return { status: r.status, body: body }; }); })
      .then(function (res) {
        clearInterval(timer);
        if (res.status !== 200) { progress.textContent = 'Upload refused (' + res.status + '): ' + res.body.error; return; }
        var s = res.body.summary;
        progress.textContent = s.added + ' added, ' + s.already_stored + ' already stored, ' + s.failed + ' failed; '
          + s.engagements + ' engagements in the store.';
        var table = el('table');
        var head = el('tr');
        ['File', 'Result', 'Document or reason'].forEach(function (h) { head.appendChild(el('th', h)); });
        table.appendChild(head);
        res.body.files.forEach(function (f) {
          var tr = el('tr');
          tr.appendChild(el('td', f.name));
          tr.appendChild(el('td', f.result));
          var td = el('td');
          if (f.document) {
            var a = el('a', f.document);
            a.setAttribute('href', '/documents/' + encodeURIComponent(f.document));
            td.appendChild(a);
          } else {
            td.textContent = f.reason || '';
          }
          tr.appendChild(td);
          table.appendChild(tr);
        });
        result.appendChild(table);
      })
      .catch(function (e) { clearInterval(timer); progress.textContent = 'Upload failed: ' + e; });
  });
})();
