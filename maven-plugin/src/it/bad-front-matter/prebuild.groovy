// A file from somewhere else in the output folder: a failed build must leave it alone.
def keep = new File(basedir, 'target/site/keep.html')
keep.parentFile.mkdirs()
keep.setText('<p>keep me</p>\n', 'UTF-8')
keep.setLastModified(1_000_000_000_000L)
true
