"""The encrypted vault: one SQLCipher 4 file per officer holding every case and its log."""
