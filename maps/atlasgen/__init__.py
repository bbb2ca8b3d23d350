"""atlasgen: the Aleppo Atlas map generator (maps/generate_map.py runs it)."""
