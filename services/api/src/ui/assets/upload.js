/* global document, fetch, setTimeout, FormData */
// Upload page: posts the chosen or dropped files to /api/uploads, then polls
// GET /api/uploads/:batchId and shows each file's status until all are settled. Several uploads
// may run at once (drop more files while the first batch is processed); each is one batch.
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
    duplicate: 'Trùng lặp (đã có trong kho)',
    failed: 'Lỗi',
  };
  var POLL_MS = 800;
  /** @type {Array<{id: string|null, files: Array<any>, finished: boolean, error: string|null}>} */
  var batches = [];

  function errorText(error) {
    if (!error) return '';
    if (typeof error === 'string') return error;
    return error.message || error.code || '';
  }

  function statusText(file) {
    var label = LABELS[file.status] || file.status;
    if (file.status === 'failed') return label + ': ' + (errorText(file.error) || 'không rõ lý do');
    if (file.status === 'queued' && file.note && file.note.attempt) {
      return label + ' (thử lại lần ' + file.note.attempt + ')';
    }
    return label;
  }

  function row(file) {
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
      // each row's link names its file for screen readers (the visible text is the same on all)
      link.setAttribute('aria-label', 'Mở văn bản ' + (file.path || file.name));
      status.appendChild(link);
    } else {
      status.textContent = statusText(file);
    }
    tr.appendChild(name);
    tr.appendChild(status);
    return tr;
  }

  function render() {
    while (rows.firstChild) rows.removeChild(rows.firstChild);
    batches.forEach(function (batch) {
      batch.files.forEach(function (file) {
        rows.appendChild(row(file));
      });
    });
    var counts = { uploading: 0, queued: 0, processing: 0, done: 0, duplicate: 0, failed: 0 };
    batches.forEach(function (batch) {
      batch.files.forEach(function (f) {
        if (counts[f.status] !== undefined) counts[f.status] += 1;
      });
    });
    var finished = batches.every(function (b) {
      return b.finished;
    });
    var total = batches.reduce(function (n, b) {
      return n + b.files.length;
    }, 0);
    var parts = [counts.done + ' xong', counts.duplicate + ' trùng lặp', counts.failed + ' lỗi'];
    var waiting = counts.uploading + counts.queued + counts.processing;
    var errors = batches
      .filter(function (b) {
        return b.error;
      })
      .map(function (b) {
        return b.error;
      });
    summary.textContent =
      (finished ? 'Hoàn tất ' + total + ' tệp: ' : 'Đang xử lý ' + total + ' tệp: ') +
      parts.join(', ') +
      (finished ? '.' : ', ' + waiting + ' đang chờ hoặc đang xử lý.') +
      (errors.length ? ' ' + errors.join(' ') : '');
    summary.setAttribute('data-finished', finished ? 'true' : 'false');
    if (finished) zone.removeAttribute('aria-busy');
    else zone.setAttribute('aria-busy', 'true');
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

  function poll(batch) {
    fetch('/api/uploads/' + encodeURIComponent(batch.id), {
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
      .then(function (state) {
        batch.files = state.files || [];
        var counts = state.counts || {};
        batch.finished =
          state.status === 'done' || (counts.queued === 0 && counts.processing === 0);
        batch.error = null;
        render();
        if (!batch.finished) {
          setTimeout(function () {
            poll(batch);
          }, POLL_MS);
        }
      })
      .catch(function (error) {
        // A transient error (server restart) does not end the progress view: retry a little later.
        batch.error = 'Mất kết nối tạm thời, đang thử lại… (' + error.message + ')';
        render();
        setTimeout(function () {
          poll(batch);
        }, POLL_MS * 3);
      });
  }

  function upload(fileList) {
    var files = Array.prototype.slice.call(fileList || []);
    if (files.length === 0) return;
    var batch = {
      id: null,
      files: files.map(function (f) {
        return { name: f.name, status: 'uploading' };
      }),
      finished: false,
      error: null,
    };
    batches.push(batch);
    progress.hidden = false;
    render();
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
        if (!response.ok) {
          return readError(response).then(function (message) {
            throw new Error(message);
          });
        }
        return response.json();
      })
      .then(function (answer) {
        batch.id = answer.batchId;
        if (answer.files) batch.files = answer.files;
        render();
        poll(batch);
      })
      .catch(function (error) {
        batch.finished = true;
        batch.files = files.map(function (f) {
          return { name: f.name, status: 'failed', error: 'Không tải lên được: ' + error.message };
        });
        render();
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
