<!DOCTYPE html>
<html lang="en-US">
  <meta charset="utf-8">
  <title>Redirecting&hellip;</title>
  <link rel="canonical" href="https://example.org/blog/2024/02/11/many.html">
  <script>location="https://example.org/blog/2024/02/11/many.html"</script>
  <meta http-equiv="refresh" content="0; url=https://example.org/blog/2024/02/11/many.html">
  <meta name="robots" content="noindex">
  <h1>Redirecting&hellip;</h1>
  <a href="https://example.org/blog/2024/02/11/many.html">Click here if you are not redirected.</a>
</html>
