"""The review web page (``yoten review``): list, review, edit, approve, reject digests."""

from yoten.web.access import is_loopback, require_password_for_host
from yoten.web.app import create_app

__all__ = ["create_app", "is_loopback", "require_password_for_host"]
