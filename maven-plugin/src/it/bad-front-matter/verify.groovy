def log = new File(basedir, 'build.log').getText('UTF-8')

// Each error logged on its own line as file:line:col: message, relative to the source folder,
// at the '[' that opens the list left unclosed on line 4 (not at the closing '---' on line 5) ...
assert log =~ /(?m)^\[ERROR\] _posts\/2024-03-05-broken\.md:4:7: invalid YAML/ : "no error line naming the file at 4:7 in build.log:\n${log}"
// ... and in the failure Maven reports, with the absolute path.
def broken = java.util.regex.Pattern.quote(new File(basedir, 'src/site/_posts/2024-03-05-broken.md').toPath().toAbsolutePath().normalize().toString())
assert log =~ /Quire build failed with 1 error/ : log
assert log =~ /${broken}:4:7: / : "the failure does not name ${broken}:4:7"
assert log.contains('[INFO] BUILD FAILURE')

// The output folder is exactly as it was.
def site = new File(basedir, 'target/site')
def keep = new File(site, 'keep.html')
assert keep.getText('UTF-8') == '<p>keep me</p>\n'
assert keep.lastModified() == 1_000_000_000_000L
def files = []
site.eachFileRecurse { files << it.path.substring(site.path.length() + 1).replace('\\', '/') }
assert files == ['keep.html'] : "a failed build wrote ${files}"
true
