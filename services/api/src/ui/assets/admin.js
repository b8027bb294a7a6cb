/* global document, fetch */
// Administration page: lists failed processing jobs (GET /api/admin/jobs/failed) with a retry
// button each (POST /api/admin/jobs/:id/retry), creates accounts (POST /api/admin/users) and
// starts a full reindex (POST /api/admin/reindex). Plain browser JavaScript, no dependencies;
// all text is set with textContent (never innerHTML).
(function () {
  'use strict';
  var summary = document.getElementById('failed-summary');
  var table = document.getElementById('failed-table');
  var rows = document.getElementById('failed-rows');
  var reload = document.getElementById('failed-reload');
  var accountForm = document.getElementById('account-form');
  var accountResult = document.getElementById('account-result');
  var reindexButton = document.getElementById('reindex');
  var reindexConfirm = document.getElementById('reindex-confirm');
  var reindexResult = document.getElementById('reindex-result');
  if (!summary || !table || !rows || !reload || !accountForm || !accountResult) return;
  if (!reindexButton || !reindexConfirm || !reindexResult) return;

  function api(method, path, body) {
    var init = {
      method: method,
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(path, init).then(function (response) {
      return response
        .json()
        .catch(function () {
          return null;
        })
        .then(function (json) {
          if (!response.ok) {
            var message = (json && json.error && json.error.message) || 'HTTP ' + response.status;
            throw new Error(message);
          }
          return json;
        });
    });
  }

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function when(iso) {
    if (!iso) return '';
    var d = new Date(iso);
    if (isNaN(d.getTime())) return '';
    return (
      pad(d.getDate()) +
      '/' +
      pad(d.getMonth() + 1) +
      '/' +
      d.getFullYear() +
      ' ' +
      pad(d.getHours()) +
      ':' +
      pad(d.getMinutes())
    );
  }

  function cell(text) {
    var td = document.createElement('td');
    td.textContent = text;
    return td;
  }

  function row(job) {
    var tr = document.createElement('tr');
    var name = job.fileName || job.documentId || job.id;
    tr.setAttribute('data-job', job.id);
    tr.appendChild(cell(name));
    var reason = cell(job.failedReason || 'Không rõ lý do');
    var detail = document.createElement('span');
    detail.className = 'hint';
    var tries = job.attemptsMade ? 'Đã thử ' + job.attemptsMade + ' lần' : '';
    var at = when(job.finishedOn);
    detail.textContent = [tries, at ? 'lần cuối ' + at : ''].filter(Boolean).join(', ');
    if (detail.textContent) {
      reason.appendChild(document.createElement('br'));
      reason.appendChild(detail);
    }
    tr.appendChild(reason);
    var action = document.createElement('td');
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'button secondary';
    button.textContent = 'Thử lại';
    button.setAttribute('aria-label', 'Thử lại ' + name);
    button.addEventListener('click', function () {
      button.disabled = true;
      api('POST', '/api/admin/jobs/' + encodeURIComponent(job.id) + '/retry')
        .then(function () {
          action.textContent = 'Đã xếp lại vào hàng đợi';
        })
        .catch(function (error) {
          button.disabled = false;
          action.appendChild(document.createTextNode(' Lỗi: ' + error.message));
        });
    });
    action.appendChild(button);
    tr.appendChild(action);
    return tr;
  }

  function load() {
    summary.textContent = 'Đang tải danh sách…';
    api('GET', '/api/admin/jobs/failed?limit=200')
      .then(function (answer) {
        var jobs = (answer && answer.jobs) || [];
        while (rows.firstChild) rows.removeChild(rows.firstChild);
        jobs.forEach(function (job) {
          rows.appendChild(row(job));
        });
        table.hidden = jobs.length === 0;
        var total = (answer && answer.total) || jobs.length;
        summary.textContent =
          jobs.length === 0
            ? 'Không có tệp nào bị lỗi.'
            : total > jobs.length
              ? 'Có ' + total + ' tệp bị lỗi (hiện ' + jobs.length + ' tệp gần nhất).'
              : 'Có ' + total + ' tệp bị lỗi.';
        summary.setAttribute('data-loaded', 'true');
      })
      .catch(function (error) {
        summary.textContent = 'Không tải được danh sách: ' + error.message;
        summary.setAttribute('data-loaded', 'true');
      });
  }

  reload.addEventListener('click', load);

  accountForm.addEventListener('submit', function (event) {
    event.preventDefault();
    var username = accountForm.elements.namedItem('username').value.trim();
    var password = accountForm.elements.namedItem('password').value;
    var role = accountForm.elements.namedItem('role').value;
    var roleLabel = accountForm.elements.namedItem('role').selectedOptions[0].textContent;
    accountResult.className = '';
    accountResult.textContent = 'Đang tạo tài khoản…';
    api('POST', '/api/admin/users', { username: username, password: password, role: role })
      .then(function () {
        accountResult.className = 'ok';
        accountResult.textContent =
          'Đã tạo tài khoản ' + username + ' (' + roleLabel.split(':')[0] + ').';
        accountForm.reset();
      })
      .catch(function (error) {
        accountResult.className = 'error-text';
        accountResult.textContent = 'Không tạo được tài khoản: ' + error.message;
      });
  });

  reindexConfirm.addEventListener('change', function () {
    reindexButton.disabled = !reindexConfirm.checked;
  });
  reindexButton.addEventListener('click', function () {
    if (!reindexConfirm.checked) return;
    reindexButton.disabled = true;
    reindexResult.textContent = 'Đang gửi yêu cầu…';
    api('POST', '/api/admin/reindex')
      .then(function (answer) {
        reindexResult.textContent =
          'Đã xếp ' + ((answer && answer.enqueued) || 0) + ' văn bản vào hàng đợi lập chỉ mục lại.';
        reindexConfirm.checked = false;
      })
      .catch(function (error) {
        reindexResult.textContent = 'Không gửi được yêu cầu: ' + error.message;
        reindexButton.disabled = false;
      });
  });

  load();
})();
