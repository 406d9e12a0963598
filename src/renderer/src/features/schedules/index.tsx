/** The schedules screen; the shell mounts `SchedulesScreen` for the Schedules section. */
export { SchedulesScreen } from './SchedulesScreen';
