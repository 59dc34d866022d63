// The example plugin ran inside the Quire Maven plugin: its file is there, built from the site
// and its own options (limit: 2), next to the pages the built-in renderers wrote.
def site = new File(basedir, 'target/site')
def llms = new File(site, 'llms.txt')
assert llms.isFile() : "no llms.txt; target/site holds ${site.exists() ? site.list() : 'nothing'}"
assert llms.getText('UTF-8') == '''# Field Notes

> Short notes from the field.

## Posts

- [Third time](https://notes.example.org/2024/03/04/third-time.html): The newest note.
- [Second wind](https://notes.example.org/2024/02/03/second-wind.html)
''' : llms.getText('UTF-8')
assert new File(site, '2024/01/02/first-light.html').isFile()

def log = new File(basedir, 'build.log').getText('UTF-8')
// Six renderers: the built-in layouts, static files, feed, sitemap and robots.txt, and the plugin's.
assert log =~ /\[quire\] render: \d+ files from 6 renderers/ : log
// An option the plugin does not have is a warning naming it, its line and the plugin.
assert log.contains("_config.yml:6:3: 'llms_txt' has no option 'colour' (plugin 'llms-txt'); it is ignored") : log
