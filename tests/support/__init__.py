"""Test helpers shared across test folders (real servers, not mocks)."""

from .openai_server import OpenAIStubServer, RecordedRequest, completion_body

__all__ = ["OpenAIStubServer", "RecordedRequest", "completion_body"]
