/** What the workloads ask about: entities of the article, present at every scale (see ../synthetic-graph.ts). */
export const ASKED = {
  conditionName: 'secondary myoclonus',
  factsAbout: 'secondary-myoclonus',
  factsDepth: 2,
  factsFirst: 50,
  searchText: 'twitching when falling asleep',
  searchFirst: 5,
  pathFrom: 'alzheimers-disease',
  pathTo: 'myoclonus',
  pathMaxHops: 4,
} as const;
