/*
 * Quire default theme: search without a server. Reads the index the search renderer wrote
 * (search.json: [{title, url, date, categories, tags, content}], its URL in data-index of
 * #search-results), and lists the documents holding every word of the query, title matches first.
 * Reads ?q= from the address and keeps it up to date, so results can be linked and reloaded.
 */
(function () {
  'use strict';
  var input = document.getElementById('search-input');
  var results = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  if (!input || !results) { return; }
  var indexUrl = results.getAttribute('data-index') || 'search.json';
  var documents = null;
  var failed = false;
  var timer = null;

  function say(text) {
    if (status) { status.textContent = text; }
  }

  function words(text) {
    return text.toLowerCase().split(/\s+/).filter(function (word) { return word.length > 0; });
  }

  function count(haystack, needle) {
    var n = 0;
    var at = haystack.indexOf(needle);
    while (at !== -1 && n < 20) {
      n += 1;
      at = haystack.indexOf(needle, at + needle.length);
    }
    return n;
  }

  /* A score above 0 when every word is in the title, tags, categories or text: title words weigh most. */
  function score(doc, query, terms) {
    var title = String(doc.title || '').toLowerCase();
    var labels = [].concat(doc.tags || [], doc.categories || []).join(' ').toLowerCase();
    var content = String(doc.content || '').toLowerCase();
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var term = terms[i];
      var inTitle = title.indexOf(term) !== -1;
      var inLabels = labels.indexOf(term) !== -1;
      var inContent = count(content, term);
      if (!inTitle && !inLabels && inContent === 0) { return 0; }
      total += (inTitle ? 100 : 0) + (inLabels ? 20 : 0) + inContent;
    }
    if (title.indexOf(query) !== -1) { total += 200; }
    return total;
  }

  function snippet(content, terms) {
    var text = String(content || '');
    var lower = text.toLowerCase();
    var at = -1;
    for (var i = 0; i < terms.length && at === -1; i++) { at = lower.indexOf(terms[i]); }
    var start = Math.max(0, at - 60);
    var end = Math.min(text.length, start + 200);
    return (start > 0 ? '…' : '') + text.slice(start, end) + (end < text.length ? '…' : '');
  }

  function render(query) {
    while (results.firstChild) { results.removeChild(results.firstChild); }
    var trimmed = query.trim();
    if (!trimmed) { say(''); return; }
    if (failed) { say('The search index could not be loaded.'); return; }
    if (!documents) { say('Loading…'); return; }
    var terms = words(trimmed);
    var phrase = terms.join(' ');
    var hits = [];
    documents.forEach(function (doc, position) {
      var points = score(doc, phrase, terms);
      if (points > 0) { hits.push({ doc: doc, points: points, position: position }); }
    });
    hits.sort(function (a, b) { return b.points - a.points || a.position - b.position; });
    hits.forEach(function (hit) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = hit.doc.url;
      link.textContent = hit.doc.title || hit.doc.url;
      item.appendChild(link);
      if (hit.doc.date) {
        var date = document.createElement('span');
        date.className = 'search-date';
        date.textContent = String(hit.doc.date).slice(0, 10);
        item.appendChild(date);
      }
      var text = snippet(hit.doc.content, terms);
      if (text) {
        var paragraph = document.createElement('p');
        paragraph.textContent = text;
        item.appendChild(paragraph);
      }
      results.appendChild(item);
    });
    say(hits.length === 0 ? 'No results for “' + trimmed + '”.'
      : hits.length + (hits.length === 1 ? ' result' : ' results') + ' for “' + trimmed + '”.');
  }

  function remember(query) {
    if (!window.history || !window.history.replaceState || !window.URLSearchParams) { return; }
    var params = new URLSearchParams(window.location.search);
    if (query.trim()) { params.set('q', query); } else { params.delete('q'); }
    var search = params.toString();
    window.history.replaceState(null, '', window.location.pathname + (search ? '?' + search : '') + window.location.hash);
  }

  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      render(input.value);
      remember(input.value);
    }, 120);
  });
  if (input.form) {
    input.form.addEventListener('submit', function (event) {
      event.preventDefault();
      render(input.value);
      remember(input.value);
    });
  }

  if (window.URLSearchParams) {
    var initial = new URLSearchParams(window.location.search).get('q');
    if (initial) { input.value = initial; }
  }

  fetch(indexUrl, { credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) { throw new Error(response.status + ' ' + response.statusText); }
      return response.json();
    })
    .then(function (data) {
      documents = Array.isArray(data) ? data : [];
      render(input.value);
    })
    .catch(function () {
      failed = true;
      render(input.value);
    });
}());
