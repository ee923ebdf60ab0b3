"""The conversation machinery: steps, rendering, completions."""
