#!/bin/sh
# Rebuilds expected/ with real Jekyll and jekyll-seo-tag 2.8.0 (Debian's packages):
#   sh regenerate.sh
# The theme test builds site/ with the theme's _includes/seo.ftlh in place of {% seo %} and
# compares the tags of each page with expected/.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$here/site/." "$work/"
jekyll build -q -s "$work" -d "$work/_site"
rm -rf "$here/expected"
for page in index.html about.html news/2023/05/01/hello.html 2023/06/01/second.html; do
  mkdir -p "$(dirname "$here/expected/$page")"
  cp "$work/_site/$page" "$here/expected/$page"
done
