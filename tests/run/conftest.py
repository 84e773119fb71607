from tests.feeds.site import site  # noqa: F401  (fixture)
