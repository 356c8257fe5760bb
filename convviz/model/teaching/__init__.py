"""The teaching tabs' models: the stepper, the learner, the stack tab's explanations."""
