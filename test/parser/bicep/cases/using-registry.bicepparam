using 'br/public:avm/res/storage/storage-account:0.1.0' with {
  mode: 'stack'
}
param b = true
