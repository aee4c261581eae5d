"""Demo content for Frontline: accounts, boards, threads and comments used to seed a fresh install."""
