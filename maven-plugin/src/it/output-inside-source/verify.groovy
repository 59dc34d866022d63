def log = new File(basedir, 'build.log').getText('UTF-8')
def source = new File(basedir, 'src/site').toPath().toAbsolutePath().normalize().toString()

assert log =~ /the output folder \S*generated is inside the source folder/ : "no explanation in build.log:\n${log}"
assert log.contains(new File(basedir, 'src/site/generated').toPath().toAbsolutePath().normalize().toString()) : 'the message does not name the output folder'
assert log.contains('[INFO] BUILD FAILURE')

// Nothing written inside the source folder (or anywhere else).
assert !new File(basedir, 'src/site/generated').exists()
def files = []
new File(source).eachFileRecurse { if (it.isFile()) files << it.path.substring(source.length() + 1).replace('\\', '/') }
assert files.sort() == ['_config.yml', '_layouts/default.ftlh', '_posts/2024-03-05-hello.md'] : files
assert !new File(basedir, 'target/site').exists()
true
