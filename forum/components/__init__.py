"""View building blocks. Views read state and never touch services or the database."""
