"""Free-text questions: answering them, and relaying the unanswered ones to organisers."""
