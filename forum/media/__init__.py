"""Files members upload: avatars (``forum.media.avatars``), kept under the data directory."""
