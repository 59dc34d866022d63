// The post is at its Jekyll URL (/:year/:month/:day/:title.html), converted and in its layout.
def site = new File(basedir, 'target/site')
def post = new File(site, '2024/03/05/hello-quire.html')
assert post.isFile() : "no post at ${post}; target/site holds ${site.exists() ? site.list() : 'nothing'}"
def html = post.getText('UTF-8')
assert html.contains('<h2 id="getting-started">Getting Started</h2>') : html
assert html.contains('<strong>integration test</strong>') : html
assert html.contains('<body class="layout-default">') : "layout not applied:\n${html}"
assert html.contains('<title>Hello Quire | Quire IT Site</title>') : html
assert !html.contains('&lt;h2') : "content was escaped:\n${html}"

// A page with Liquid (liqp runs inside the plugin's class realm), linking with -Dquire.baseUrl=/blog.
def index = new File(site, 'index.html')
assert index.isFile() : "no page at ${index}"
def home = index.getText('UTF-8')
assert home.contains('<h1 id="quire-it-site">QUIRE IT SITE</h1>') : home
assert home.contains('<a href="/blog/2024/03/05/hello-quire.html">Hello Quire</a>') : home
assert home.contains('<title>Home | Quire IT Site</title>') : home

def css = new File(site, 'assets/style.css')
assert css.isFile() : "static file not copied to ${css}"
assert css.getText('UTF-8') == new File(basedir, 'src/site/assets/style.css').getText('UTF-8')

// maven-site-plugin was skipped: Quire's files are the only ones in target/site.
assert home.contains('<body class="layout-default">') : home
assert !new File(site, 'css/maven-base.css').exists()
assert !new File(site, 'project-info.html').exists()

// Quire keeps its state under target, not in the site.
assert new File(basedir, 'target/quire-state').isDirectory()

def log = new File(basedir, 'build.log').getText('UTF-8')
['load', 'resolve', 'index', 'convert', 'render', 'commit'].each { phase ->
    assert log =~ /(?m)^\[INFO\] \[quire\] ${phase}: .+ \(\d+(\.\d)? m?s\)$/ : "no line for phase ${phase} in build.log"
}
assert log.contains('[INFO] [quire] load: 2 documents, 1 layouts, 1 static files (')
def sitePath = java.util.regex.Pattern.quote(site.toPath().toAbsolutePath().normalize().toString())
def written = (log =~ /Site written to ${sitePath} \((\d+) written, (\d+) unchanged, (\d+) removed\)/).collect { it }
assert written.size() == 1 : "expected the first build to report where the site is:\n${log}"
// First build: everything written. Second build: nothing changed, so it is skipped and rewrites nothing.
def count = written[0][1] as int
assert count >= 3 && written[0][2] == '0' && written[0][3] == '0' : written[0][0]
def upToDate = (log =~ /Site in ${sitePath} is up to date \((\d+) files; nothing changed since the last build\)/).collect { it }
assert upToDate.size() == 1 && upToDate[0][1] == "${count}" : "expected the second build to be skipped:\n${log}"
assert log =~ /(?m)^\[INFO\] \[quire\] up-to-date: nothing changed since the last build, ${count} files left as they are/
true
