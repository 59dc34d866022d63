/* Quire default theme: the light/dark toggle. Loaded in <head> so that a chosen scheme applies
   before the page is drawn; the button exists only when this script runs. */
(function () {
  'use strict';
  var key = 'quire-theme';
  var root = document.documentElement;
  var stored = null;
  try { stored = window.localStorage.getItem(key); } catch (e) { /* storage may be blocked */ }
  if (stored === 'light' || stored === 'dark') {
    root.setAttribute('data-theme', stored);
  }

  function current() {
    var chosen = root.getAttribute('data-theme');
    if (chosen) { return chosen; }
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  function label(button) {
    var next = current() === 'dark' ? 'light' : 'dark';
    button.textContent = next === 'dark' ? 'Dark mode' : 'Light mode';
    button.setAttribute('aria-label', 'Switch to ' + next + ' colours');
  }

  document.addEventListener('DOMContentLoaded', function () {
    var header = document.querySelector('.site-header__inner');
    if (!header) { return; }
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'theme-toggle';
    label(button);
    button.addEventListener('click', function () {
      var next = current() === 'dark' ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try { window.localStorage.setItem(key, next); } catch (e) { /* the choice lasts for this page only */ }
      label(button);
    });
    header.appendChild(button);
  });
}());
