def log = new File(basedir, 'build.log').getText('UTF-8')

assert log =~ /(?m)^\[ERROR\] _posts\/2024-03-05-escape\.md(:\d+(:\d+)?)?: / : "no error naming the post in build.log:\n${log}"
def escape = java.util.regex.Pattern.quote(new File(basedir, 'src/site/_posts/2024-03-05-escape.md').toPath().toAbsolutePath().normalize().toString())
assert log =~ /${escape}(:\d+(:\d+)?)?: / : 'the failure does not name the post'
assert log.contains('[INFO] BUILD FAILURE')

// ../../outside.html from target/site is the project folder; nothing may appear there, nor anywhere
// else Quire could have reached, nor in target/site itself.
[basedir, new File(basedir, 'target'), basedir.parentFile, new File(basedir, 'target/site')].each { dir ->
    assert !new File(dir, 'outside.html').exists() : "outside.html written to ${dir}"
}
def site = new File(basedir, 'target/site')
assert !site.exists() || site.list().length == 0 : "a failed build wrote ${site.list()}"
true
