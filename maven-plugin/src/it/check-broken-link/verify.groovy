// quire:build wrote the site; quire:check then failed the build, naming each broken link, its page and its source.
def site = new File(basedir, 'target/site')
assert new File(site, '2024/03/05/links.html').isFile()

def log = new File(basedir, 'build.log').getText('UTF-8')
def page = new File(site, '2024/03/05/links.html').toPath().toAbsolutePath().normalize().toString()
def post = new File(basedir, 'src/site/_posts/2024-03-05-links.md').toPath().toAbsolutePath().normalize().toString()
def index = new File(site, 'index.html').toPath().toAbsolutePath().normalize().toString()
assert log.contains("[ERROR] ${page}: /no-such-page.html (no file no-such-page.html in the site), written in ${post}:6:45") : log
assert log.contains("[ERROR] ${page}: /index.html#nowhere (no element with id \"nowhere\" in index.html), written in ${post}:7:24") : log
assert log.contains("[ERROR] ${index}: http:/example.com/ (not a valid URL: no host name after http://), written in ${new File(basedir, "src/site/index.md").toPath().toAbsolutePath().normalize()}:6:61") : log
assert log.contains('Quire found 3 broken links in ') : log
assert log.contains('[INFO] BUILD FAILURE') : log
// The good link is not reported.
assert !log.contains(': /index.html (') : log
true
