/* global document, fetch, setTimeout, FormData */
// Upload page: posts the chosen or dropped files to /api/uploads, then polls
// GET /api/uploads/:batchId and shows each file's status until all are settled.
// Plain browser JavaScript, no dependencies. All text is set with textContent (never innerHTML).
(function () {
  'use strict';
  var form = document.getElementById('upload-form');
  var input = document.getElementById('file-input');
  var zone = document.getElementById('dropzone');
  var progress = document.getElementById('progress');
  var rows = document.getElementById('file-rows');
  var summary = document.getElementById('upload-summary');
  if (!form || !input || !zone || !progress || !rows || !summary) return;

  var LABELS = {
    uploading: 'Đang tải lên',
    queued: 'Đang chờ',
    processing: 'Đang xử lý',
    done: 'Xong',
    duplicate: 'Trùng lặp',
    failed: 'Lỗi',
  };
  var POLL_MS = 800;
  var busy = false;

  function errorText(error) {
    if (!error) return '';
    if (typeof error === 'string') return error;
    return error.message || error.code || '';
  }

  function statusText(file) {
    var label = LABELS[file.status] || file.status;
    if (file.status === 'failed') return label + ': ' + (errorText(file.error) || 'không rõ lý do');
    return label;
  }

  function render(files) {
    while (rows.firstChild) rows.removeChild(rows.firstChild);
    files.forEach(function (file) {
      var tr = document.createElement('tr');
      tr.setAttribute('data-status', file.status);
      var name = document.createElement('td');
      name.textContent = file.path || file.name;
      var status = document.createElement('td');
      status.className = 'status status-' + file.status;
      if ((file.status === 'done' || file.status === 'duplicate') && file.documentId) {
        status.appendChild(document.createTextNode(statusText(file) + ' · '));
        var link = document.createElement('a');
        link.href = '/van-ban/' + encodeURIComponent(file.documentId);
        link.textContent = 'Mở văn bản';
        status.appendChild(link);
      } else {
        status.textContent = statusText(file);
      }
      tr.appendChild(name);
      tr.appendChild(status);
      rows.appendChild(tr);
    });
  }

  function countsOf(files) {
    var counts = { queued: 0, processing: 0, done: 0, duplicate: 0, failed: 0 };
    files.forEach(function (f) {
      if (counts[f.status] !== undefined) counts[f.status] += 1;
    });
    return counts;
  }

  function summarise(counts, finished) {
    var total = counts.queued + counts.processing + counts.done + counts.duplicate + counts.failed;
    var parts = [counts.done + ' xong', counts.duplicate + ' trùng lặp', counts.failed + ' lỗi'];
    if (!finished) parts.push(counts.queued + counts.processing + ' đang chờ hoặc đang xử lý');
    summary.textContent =
      (finished ? 'Hoàn tất: ' : 'Đang xử lý ' + total + ' tệp: ') + parts.join(', ') + '.';
    summary.setAttribute('data-finished', finished ? 'true' : 'false');
  }

  function readError(response) {
    return response
      .json()
      .then(function (body) {
        return (body && body.error && body.error.message) || 'HTTP ' + response.status;
      })
      .catch(function () {
        return 'HTTP ' + response.status;
      });
  }

  function poll(batchId) {
    fetch('/api/uploads/' + encodeURIComponent(batchId), {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    })
      .then(function (response) {
        if (!response.ok) {
          return readError(response).then(function (message) {
            throw new Error(message);
          });
        }
        return response.json();
      })
      .then(function (batch) {
        var files = batch.files || [];
        render(files);
        var counts = batch.counts || countsOf(files);
        var finished = counts.queued === 0 && counts.processing === 0;
        summarise(counts, finished);
        if (finished) {
          busy = false;
          zone.removeAttribute('aria-busy');
        } else {
          setTimeout(function () {
            poll(batchId);
          }, POLL_MS);
        }
      })
      .catch(function (error) {
        // A transient error (server restart) should not end the progress view: retry a little later.
        summary.textContent = 'Mất kết nối tạm thời, đang thử lại… (' + error.message + ')';
        setTimeout(function () {
          poll(batchId);
        }, POLL_MS * 3);
      });
  }

  function upload(fileList) {
    var files = Array.prototype.slice.call(fileList || []);
    if (files.length === 0 || busy) return;
    busy = true;
    zone.setAttribute('aria-busy', 'true');
    progress.hidden = false;
    render(
      files.map(function (f) {
        return { name: f.name, status: 'uploading' };
      }),
    );
    summary.textContent = 'Đang tải lên ' + files.length + ' tệp…';
    summary.removeAttribute('data-finished');
    var body = new FormData();
    files.forEach(function (f) {
      body.append('file', f, f.name);
    });
    fetch('/api/uploads', {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    })
      .then(function (response) {
        if (response.status !== 202 && !response.ok) {
          return readError(response).then(function (message) {
            throw new Error(message);
          });
        }
        return response.json();
      })
      .then(function (answer) {
        if (answer.files) render(answer.files);
        poll(answer.batchId);
      })
      .catch(function (error) {
        busy = false;
        zone.removeAttribute('aria-busy');
        summary.textContent = 'Không tải lên được: ' + error.message;
        summary.setAttribute('data-finished', 'error');
        render(
          files.map(function (f) {
            return { name: f.name, status: 'failed', error: error.message };
          }),
        );
      })
      .finally(function () {
        input.value = '';
      });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    upload(input.files);
  });
  input.addEventListener('change', function () {
    upload(input.files);
  });
  ['dragenter', 'dragover'].forEach(function (type) {
    zone.addEventListener(type, function (event) {
      event.preventDefault();
      zone.classList.add('dragover');
    });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    zone.addEventListener(type, function (event) {
      event.preventDefault();
      zone.classList.remove('dragover');
    });
  });
  zone.addEventListener('drop', function (event) {
    if (event.dataTransfer) upload(event.dataTransfer.files);
  });
})();
