import html, pathlib, re, sys
def body_len(path):
    t = pathlib.Path(path).read_text(encoding="utf-8")
    art = re.search(r"<article>(.*)</article>", t, re.S).group(1)
    ps = re.findall(r"<p>(.*?)</p>", art, re.S)
    return sum(len(html.unescape(p)) for p in ps)
if __name__ == "__main__":
    for p in sys.argv[1:]:
        print(body_len(p), p)
