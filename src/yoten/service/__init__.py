"""The application service: what yoten does with an article and a post, whoever asks.

- :mod:`yoten.service.digests`: article → digest → check (with the user
  glossary) → status, for ``yoten digest``, ``yoten run``, ``yoten worker``
  and the review page.
- :mod:`yoten.service.posts`: edit and re-check, approve, reject, publish,
  for the review page and the CLI.
- :mod:`yoten.service.policy`: ``--publish clean``, for ``yoten run`` and
  ``yoten worker``.
- :mod:`yoten.service.inbox`: the article links newsletters hold → sources,
  for ``yoten inbox add`` and ``yoten inbox imap``.
"""
