/** Every scouting query starts with this key; each mutation invalidates it (rounds, nominations, demo days move together). */
export const scoutingQueryKey = ['scouting'] as const;
