#!/usr/bin/env python3
"""Rebuilds the expected data of every fixture (or of those named) with the local Jekyll.

Usage: python3 regenerate.py [fixture ...]    (needs `jekyll` on the PATH, see README.md)

For each variant of <fixture>/fixture.properties it runs
    TZ=UTC jekyll build --disable-disk-cache -s <fixture>/site -d <tmp> --config <config> <flags>
and writes <fixture>/expected-files.<variant>.txt (every output file, sorted, relative to the
destination) and <fixture>/expected-checks.<variant>.txt (each output file's lines
<p class="check">...</p>, as "path<TAB>line"). When fixture.properties sets compare.html=<glob>
(space-separated globs, matched against output paths), the output files matching it are also
copied, byte for byte, to <fixture>/expected-html.<variant>/ for whole-file comparison. When it sets
mtime=<ISO instant>, every file of the site gets that modification time first (a sitemap prints static
files' modification times); JekyllCompatTest sets the same before building.
"""
import fnmatch
import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
CHECK = re.compile(r'<p class="check">.*?</p>')


def properties(path):
    values = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                key, _, value = line.partition("=")
                values[key.strip()] = value.strip()
    return values


def set_mtimes(site, instant):
    seconds = datetime.fromisoformat(instant.replace("Z", "+00:00")).timestamp()
    for root, _, names in os.walk(site):
        for name in names:
            os.utime(os.path.join(root, name), (seconds, seconds))


def build(fixture, variant, props, work):
    site = os.path.join(HERE, fixture, "site")
    if props.get("mtime"):
        set_mtimes(site, props["mtime"])
    dest = os.path.join(work, fixture + "-" + variant)
    configs = [os.path.join(site, "_config.yml")]
    extra = props.get(variant + ".config")
    if extra:
        extra_file = os.path.join(work, fixture + "-" + variant + ".yml")
        with open(extra_file, "w", encoding="utf-8") as f:
            f.write(extra + "\n")
        configs.append(extra_file)
    command = ["jekyll", "build", "--disable-disk-cache", "-s", site, "-d", dest, "--config", ",".join(configs)]
    command += props.get(variant + ".flags", "").split()
    print(" ".join(command), flush=True)
    subprocess.run(command, check=True, env=dict(os.environ, TZ="UTC", LC_ALL="C.UTF-8"))
    shutil.rmtree(os.path.join(site, ".jekyll-cache"), ignore_errors=True)
    files = []
    for root, _, names in os.walk(dest):
        for name in names:
            files.append(os.path.relpath(os.path.join(root, name), dest).replace(os.sep, "/"))
    files.sort(key=lambda p: p.encode("utf-8"))
    checks = []
    for path in files:
        with open(os.path.join(dest, path), encoding="utf-8", errors="replace") as f:
            for match in CHECK.findall(f.read()):
                checks.append(path + "\t" + match)
    whole = os.path.join(HERE, fixture, "expected-html." + variant)
    shutil.rmtree(whole, ignore_errors=True)
    globs = props.get("compare.html", "").split()
    for path in files:
        if any(fnmatch.fnmatchcase(path, g) for g in globs):
            os.makedirs(os.path.dirname(os.path.join(whole, path)), exist_ok=True)
            shutil.copyfile(os.path.join(dest, path), os.path.join(whole, path))
    with open(os.path.join(HERE, fixture, "expected-files." + variant + ".txt"), "w", encoding="utf-8") as f:
        f.write("".join(p + "\n" for p in files))
    with open(os.path.join(HERE, fixture, "expected-checks." + variant + ".txt"), "w", encoding="utf-8") as f:
        f.write("".join(c + "\n" for c in checks))


def main():
    fixtures = sys.argv[1:] or sorted(d for d in os.listdir(HERE)
                                      if os.path.isfile(os.path.join(HERE, d, "fixture.properties")))
    with tempfile.TemporaryDirectory() as work:
        for fixture in fixtures:
            props = properties(os.path.join(HERE, fixture, "fixture.properties"))
            for variant in props["variants"].split():
                build(fixture, variant, props, work)


if __name__ == "__main__":
    main()
