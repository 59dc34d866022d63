// Both sites are in target/site: Maven's pages at the top, Quire's in docs/.
def site = new File(basedir, 'target/site')
def maven = new File(site, 'index.html')
assert maven.isFile() : "maven-site-plugin wrote no ${maven}"
assert maven.getText('UTF-8').contains("Maven's own page")
def docs = new File(site, 'docs/index.html')
assert docs.isFile() : "Quire wrote no ${docs}"
def html = docs.getText('UTF-8')
assert html.contains('<h1 id="quires-docs-of-coexistence">Quire’s docs of Coexistence</h1>') : html
// Quire never touched Maven's files, and Maven's site did not remove Quire's.
def log = new File(basedir, 'build.log').getText('UTF-8')
def siteGoal = log.indexOf('--- site:3.22.0:site')
def quireGoal = log.indexOf('--- quire:')
assert siteGoal >= 0 && quireGoal > siteGoal : "maven-site-plugin first, then Quire, in the site phase:\n${log}"
assert log.contains("Site written to ${docs.parentFile.toPath().toAbsolutePath().normalize()} (") : log
true
