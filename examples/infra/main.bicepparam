using 'main.bicep'

param prefix = 'contosoai'
param publicAccess = 'Enabled'
