def log = new File(basedir, 'build.log').getText('UTF-8')

// A warning in location form, naming the document and the missing layout.
def warnings = log.readLines().findAll { it.startsWith('[WARNING] ') && it.contains('_posts/2024-03-05-orphan.md') }
assert warnings.size() == 1 : "expected one warning naming the post in build.log:\n${log}"
assert warnings[0].contains('nosuch') : warnings[0]
assert log.contains('[INFO] BUILD SUCCESS')

// The page is written, converted, without any layout.
def post = new File(basedir, 'target/site/2024/03/05/orphan.html')
assert post.isFile() : "no page at ${post}"
def html = post.getText('UTF-8')
assert html.contains('<h2 id="no-layout-here">No Layout Here</h2>') : html
assert !html.contains('layout-default') : "a layout was applied:\n${html}"
assert !html.contains('<html') : html
true
