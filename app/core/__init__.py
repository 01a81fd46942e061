"""The engine: extraction, matching, candidate profiles, scoring. Imports no Qt."""
