// One site in the parent's target/site: the parent's pages, and each module's docs under its artifactId.
def site = new File(basedir, 'target/site')
def home = new File(site, 'index.html').getText('UTF-8')
assert home.contains('<title>Home | Widgets 2.4.0</title>') : home
assert home.contains('<h1 id="aggregate-docs-240">Aggregate Docs 2.4.0</h1>') : home
assert home.contains('<a href="/widgets/widgets-api/">Widget API</a>: The widget library.') : home
assert home.contains('<a href="/widgets/widgets-guide/">User Guide</a>: How to use widgets.') : home
// A module without src/site is left out.
assert !home.contains('Tools') : home
assert !new File(site, 'widgets-tools').exists()

def api = new File(site, 'widgets-api/index.html').getText('UTF-8')
assert api.contains('<title>Widget API | Widgets 2.4.0</title>') : "the module's page uses the parent's layout:\n${api}"
assert api.contains('<a href="/widgets/widgets-guide/install.html#requirements">') : api
def guide = new File(site, 'widgets-guide/install.html').getText('UTF-8')
assert guide.contains('<h2 id="requirements">Requirements</h2>') : guide
assert guide.contains('<a href="/widgets/widgets-api/">the API</a>') : guide

// The modules build no site of their own.
assert !new File(basedir, 'api/target/site').exists()

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] [quire] aggregate: 2 modules with docs (widgets-api, widgets-guide)') : log
assert log.contains('[INFO] [quire] check: no broken links in ') : log
true
