// The build ran in site-only/, which has no POM: src/site went to target/site, relative to that folder.
def folder = new File(basedir, 'site-only')
assert !new File(folder, 'pom.xml').exists()
def index = new File(folder, 'target/site/index.html')
assert index.isFile() : "no ${index}"
def html = index.getText('UTF-8')
assert html.contains('<h1 id="built-without-a-pom">Built without a POM</h1>') : html
// Maven's stand-in project is not shown to templates as if it were the user's.
assert html.contains('no Maven project') : html
assert new File(folder, 'target/site/about.html').isFile()
assert new File(folder, 'target/quire-state').isDirectory()

def log = new File(folder, 'build.log').exists() ? new File(folder, 'build.log') : new File(basedir, 'build.log')
def text = log.getText('UTF-8')
assert text.contains('[INFO] [quire] check: no broken links in ') : text
// quire:help (maven-plugin-plugin's helpmojo) documents each parameter with its property and default.
assert text.contains('quire:check') : text
assert text.contains('failOnBrokenLinks (Default: true)') : text
assert text.contains('User property: quire.check.failOnBrokenLinks') : text
true
